package vn.pdv.aggregator.intake;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * Events received whose change names a unit the province has not heard of yet ({@link Verdict.Waiting}), kept as
 * they arrived until it has: then they are taken in again, exactly as if they had just arrived, and judged on the
 * tree as it stands. Durable, since their offsets are committed once kept.
 */
public interface Waiting {

    /** Keeps the events, replacing an earlier keeping of the same one (a redelivered batch). */
    void keep(List<Kept> events);

    /** Every event kept, without the record's bytes: few, and read by each batch to see whether any can go in. */
    List<Kept.Summary> summaries();

    /** The kept events themselves. */
    List<Kept> read(Collection<String> ids);

    /** Forgets the events, once taken in again (applied, refused, or kept anew for another unknown unit). */
    void forget(Collection<String> ids);

    /**
     * One event as it arrived, for taking it in again through the same checks: the topic's record (its signature
     * covers these exact bytes), and what it waits for.
     *
     * @param headers each header's name and bytes, in the record's order
     */
    record Kept(Summary summary, String topic, int partition, long offset, long timestamp, String key, byte[] value,
                List<Header> headers) {

        public Kept {
            Objects.requireNonNull(summary, "summary");
            headers = List.copyOf(headers);
        }

        public record Header(String name, byte[] value) {
        }

        /** @param id {@code log|sequence}, the event's place in its committee's log */
        public record Summary(String id, UnitCode log, long sequence, UnitCode waitingFor) {

            public static String id(UnitCode log, long sequence) {
                return log.value() + "|" + sequence;
            }
        }
    }
}
