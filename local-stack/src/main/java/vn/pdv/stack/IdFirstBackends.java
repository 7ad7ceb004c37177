package vn.pdv.stack;

import java.util.Collection;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server's two backends, finding documents by {@code _id} whenever a filter names it by plain equality or
 * {@code $in}, as MongoDB does. On its own, mongo-java-server uses an index only when a filter names exactly that index's fields, so
 * a compare-and-set ({@code _id} and the version read) scanned the whole collection, unless a unique index on exactly
 * those fields was kept for it, which every update then had to change as well. What matches is unchanged: the
 * documents found by {@code _id} are those its clause matches, and the rest of the filter is evaluated on them.
 *
 * <p>Nor do they keep a collection's data size, which mongo-java-server computes by encoding the document before and
 * after every write, only to answer {@code collStats}; PDV never asks.
 */
final class IdFirstBackends {

    private static final String ID = "_id";
    /** The name mongo-java-server (and MongoDB) gives every collection's {@code _id} index. */
    private static final String ID_INDEX = "_id_";
    private static final String IN = "$in";

    private IdFirstBackends() {
    }

    static MongoBackend inMemory() {
        return new InMemory();
    }

    /** Data in the H2 file {@code file}, laid out as {@link H2Backend} lays it out, so existing files open unchanged. */
    static MongoBackend inFile(String file) {
        return new InFile(file);
    }

    /**
     * What a filter asks of {@code _id} that {@code _id}'s index answers exactly: one value by plain equality, or
     * {@code $in} of such values; null when it names no {@code _id}, or by another operator, a document, an array or a
     * pattern.
     */
    static Document idCondition(Document filter) {
        Object id = filter.get(ID);
        if (isPlain(id)) {
            return new Document(ID, id);
        }
        if (id instanceof Document operator && operator.size() == 1 && operator.get(IN) instanceof Collection<?> values
                && values.stream().allMatch(IdFirstBackends::isPlain)) {
            return new Document(ID, operator);
        }
        return null;
    }

    private static boolean isPlain(Object value) {
        return value != null && !(value instanceof Document) && !(value instanceof Collection<?>)
                && !BsonRegularExpression.isRegularExpression(value);
    }

    /** A collection's {@code _id} index, once the collection has added it. */
    private static final class IdIndex<P> {

        private volatile Index<P> index;

        void offer(Index<P> added) {
            if (ID_INDEX.equals(added.getName())) {
                index = added;
            }
        }

        /**
         * Answers a query from the {@code _id} index when the filter names {@code _id} so that it can, else as
         * mongo-java-server does ({@code otherwise}). The rest of the filter is left to match: the {@code _id} clause
         * itself is what the index answered, and evaluating an {@code $in} of a batch's ids against each of the batch's
         * documents costs the square of the batch.
         *
         * @param match the collection's own matching of documents at positions against a filter
         */
        QueryResult query(Document filter, BiFunction<Document, Iterable<P>, QueryResult> match,
                          Supplier<QueryResult> otherwise) {
            Document condition = idCondition(filter);
            Index<P> byId = index;
            if (condition == null || byId == null) {
                return otherwise.get();
            }
            Document rest = new Document(filter);
            rest.remove(ID);
            return match.apply(rest, byId.getPositions(condition));
        }
    }

    private static final class InMemory extends MemoryBackend {

        @Override
        public MemoryDatabase openOrCreateDatabase(String databaseName) {
            return new MemoryDatabase(databaseName, getCursorRegistry()) {
                @Override
                protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
                    return new InMemoryCollection(this, collectionName, options, cursorRegistry);
                }
            };
        }
    }

    private static final class InMemoryCollection extends MemoryCollection {

        private final IdIndex<Integer> ids = new IdIndex<>();

        InMemoryCollection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
            super(database, name, options, cursors);
        }

        @Override
        public void addIndex(Index<Integer> index) {
            super.addIndex(index);
            ids.offer(index);
        }

        /** See {@link IdFirstBackends}: not kept. */
        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fields) {
            return ids.query(query, (rest, positions) -> matchDocuments(rest, positions, orderBy, skip, limit, batchSize,
                    fields), () -> super.queryDocuments(query, orderBy, skip, limit, batchSize, fields));
        }
    }

    private static final class InFile extends H2Backend {

        /** {@link H2Database}'s names for the maps of a collection's documents and of its metadata. */
        private static final String DOCUMENTS = "databases.";
        private static final String META = "meta.";

        InFile(String file) {
            super(file);
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return new FileDatabase(databaseName);
        }

        /**
         * Inner, so that its {@link #openOrCreateCollection}, which the superclass's constructor already calls for the
         * collections in the file, reaches the store through the backend (set before that constructor runs).
         */
        private final class FileDatabase extends H2Database {

            FileDatabase(String databaseName) {
                super(databaseName, getMvStore(), getCursorRegistry());
            }

            @Override
            protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
                String name = getFullCollectionNamespace(collectionName);
                MVMap<Object, Document> documents = getMvStore().openMap(DOCUMENTS + name);
                MVMap<String, Object> meta = getMvStore().openMap(META + name);
                return new FileCollection(this, collectionName, options, documents, meta, cursorRegistry);
            }
        }
    }

    private static final class FileCollection extends H2Collection {

        private final IdIndex<Object> ids = new IdIndex<>();

        FileCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> documents,
                       MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, documents, meta, cursors);
        }

        @Override
        public void addIndex(Index<Object> index) {
            super.addIndex(index);
            ids.offer(index);
        }

        /** See {@link IdFirstBackends}: not kept. */
        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fields) {
            return ids.query(query, (rest, positions) -> matchDocuments(rest, positions, orderBy, skip, limit, batchSize,
                    fields), () -> super.queryDocuments(query, orderBy, skip, limit, batchSize, fields));
        }
    }
}
