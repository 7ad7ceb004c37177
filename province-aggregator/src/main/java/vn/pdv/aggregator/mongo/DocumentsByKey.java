package vn.pdv.aggregator.mongo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bson.Document;

/**
 * A mirrored collection's documents in memory, read into what the repository answers, by document id and by one key
 * each has (the unit a quota or a target is for, the unit that issued a plan), in the order first read. Guarded by
 * its {@link GuardedMirror}'s locks: read it only inside {@link GuardedMirror#read}.
 *
 * <p>The nation's quotas are 391,000 documents. Per key it keeps only a short list of ids, and it offers the reader
 * one instance of each value many documents repeat (a unit's code, a plan, a period), so that a document costs little
 * more than what is its own.
 *
 * @param <T> what a document is read into
 * @param <K> the key it is looked up by besides its id
 */
public final class DocumentsByKey<T, K> implements GuardedMirror.Index {

    private final BiFunction<Document, SharedValues, T> reader;
    private final Function<T, K> key;
    private final Map<String, T> byId = new LinkedHashMap<>();
    /** Per key, the ids of its documents in the order first read: a unit has a handful. */
    private final Map<K, List<String>> byKey = new HashMap<>();
    private final SharedValues shared = new SharedValues();

    public DocumentsByKey(Function<Document, T> reader, Function<T, K> key) {
        this((document, shared) -> reader.apply(document), key);
    }

    /** @param reader reads a document, sharing what many documents repeat through the values it is given */
    public DocumentsByKey(BiFunction<Document, SharedValues, T> reader, Function<T, K> key) {
        this.reader = reader;
        this.key = key;
    }

    /** The document with this id, read; null when there is none. */
    public T get(String id) {
        return byId.get(id);
    }

    /** Every document, read. */
    public List<T> all() {
        return List.copyOf(byId.values());
    }

    /** The documents whose key is {@code value}, read. */
    public List<T> with(K value) {
        return byKey.getOrDefault(value, List.of()).stream().map(byId::get).toList();
    }

    @Override
    public void clear() {
        byId.clear();
        byKey.clear();
        shared.clear();
    }

    @Override
    public void put(Document document) {
        T read = reader.apply(document, shared);
        String id = document.getString("_id");
        T replaced = byId.put(id, read);
        K now = key.apply(read);
        if (replaced != null) {
            K before = key.apply(replaced);
            if (Objects.equals(before, now)) {
                return;
            }
            List<String> ids = byKey.get(before);
            ids.remove(id);
            if (ids.isEmpty()) {
                byKey.remove(before);
            }
        }
        byKey.computeIfAbsent(now, value -> new ArrayList<>(2)).add(id);
    }
}
