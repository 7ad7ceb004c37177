package vn.pdv.aggregator.intake;

import java.time.Instant;
import java.util.List;
import vn.pdv.aggregator.Origin;

/** Completeness: per committee log, the highest sequence received and the gaps below it. */
public interface Logs {

    /** Notes that the event at {@code origin} was received; records a gap when sequences were skipped. */
    void received(Origin origin, Instant recordedAt, Instant receivedAt);

    List<LogStatus> all();
}
