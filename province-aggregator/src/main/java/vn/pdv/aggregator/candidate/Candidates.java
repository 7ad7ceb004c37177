package vn.pdv.aggregator.candidate;

import java.util.List;

/**
 * Where each candidate stands, kept from the unit services' events: the furthest stage their steps took them to (a
 * void or correction sets it exactly), their branch, and the days of the steps the agenda's deadlines run from. One
 * record per candidate serves both readers: {@code fulfilment.PipelineStock} (how many stand in each stage) and
 * {@code agenda.AwaitingDecisions} (who waits for a committee's decision).
 */
public interface Candidates {

    /** Applies a batch's moves, in the order each log produced them, once per origin. */
    void move(List<Move> moves);
}
