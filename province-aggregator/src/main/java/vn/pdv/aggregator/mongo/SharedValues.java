package vn.pdv.aggregator.mongo;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each value that many documents of a mirrored collection repeat (a unit's code, a plan, a period,
 * a day), for an index to keep instead of a copy per document: the nation's indexes hold millions of documents and
 * a few hundred thousand distinct values among them. Not thread-safe: used under its {@link GuardedMirror}'s write
 * lock, and cleared with the index.
 */
public final class SharedValues {

    private final Map<Object, Object> values = new HashMap<>();

    /** The first instance seen of values equal to {@code value}; null for null. */
    @SuppressWarnings("unchecked")
    public <T> T of(T value) {
        return value == null ? null : (T) values.computeIfAbsent(value, first -> first);
    }

    public void clear() {
        values.clear();
    }
}
