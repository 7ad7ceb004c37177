package vn.pdv.aggregator.agenda;

import java.util.List;

/**
 * Who waits for a committee's decision, kept from the unit services' events. Each candidate's state is the furthest
 * stage their steps took them to (a void or correction sets it exactly) and the days of the steps the deadlines run
 * from; a candidate is awaiting while they stand at a {@link Matter#waitingAt()} stage.
 */
public interface AwaitingDecisions {

    /** Every candidate awaiting a decision now, wherever. */
    List<Awaiting> all();
}
