package vn.pdv.aggregator.hierarchy;

/**
 * Where an event came from: a committee's log and its place in it. Every effect the aggregator applies
 * is guarded by its origin, which is what makes redelivery, duplicates and replays harmless.
 */
public record Origin(UnitCode log, long sequence) {
}
