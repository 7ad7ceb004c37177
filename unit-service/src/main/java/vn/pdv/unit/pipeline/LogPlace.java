package vn.pdv.unit.pipeline;

/**
 * Where a step's event sits in the committee's log: its event id and sequence, which a correction names so that the
 * province can tell which recorded step it corrects. Steps recorded before the candidate kept it have none.
 */
public record LogPlace(String eventId, long sequence) {
}
