package vn.pdv.aggregator.intake;

import java.util.Collection;
import java.util.List;

/** Per committee log: the highest sequence received, the gaps below it, when it last spoke. */
public interface Logs {

    /**
     * Notes a batch's events as received: each log's mark moves forward only, sequences skipped over are recorded as
     * gaps; an event at or below the mark (a duplicate) changes nothing.
     */
    void received(List<Received> batch);

    List<LogProgress> all();

    /** The progress of the named logs only, asked of the store for these and no others. */
    List<LogProgress> of(Collection<String> logs);
}
