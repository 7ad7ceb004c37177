package vn.pdv.aggregator.mongo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;

/**
 * A mirrored collection's documents in memory, read into what the repository answers, by document id and by one key
 * each has (the unit a quota or a target is for, the unit that issued a plan), in the order first read. Guarded by
 * its {@link GuardedMirror}'s locks: read it only inside {@link GuardedMirror#read}.
 *
 * @param <T> what a document is read into
 * @param <K> the key it is looked up by besides its id
 */
public final class DocumentsByKey<T, K> implements GuardedMirror.Index {

    private final Function<Document, T> reader;
    private final Function<T, K> key;
    private final Map<String, T> byId = new LinkedHashMap<>();
    private final Map<K, Map<String, T>> byKey = new HashMap<>();

    public DocumentsByKey(Function<Document, T> reader, Function<T, K> key) {
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
        return List.copyOf(byKey.getOrDefault(value, Map.of()).values());
    }

    @Override
    public void clear() {
        byId.clear();
        byKey.clear();
    }

    @Override
    public void put(Document document) {
        T read = reader.apply(document);
        String id = document.getString("_id");
        T replaced = byId.put(id, read);
        if (replaced != null) {
            byKey.getOrDefault(key.apply(replaced), new HashMap<>()).remove(id);
        }
        byKey.computeIfAbsent(key.apply(read), value -> new LinkedHashMap<>()).put(id, read);
    }
}
