package vn.pdv.aggregator.alert;

import java.time.Instant;
import vn.pdv.aggregator.status.Status;

/**
 * The status last recorded for a {@link StatusKey}.
 *
 * @param version how many times it has been recorded: 1 for the first judgement, one more for each change. A change
 *                is written only over the version it was judged against, so two instances cannot both record it.
 */
public record LastStatus(Status status, long version, Instant since) {
}
