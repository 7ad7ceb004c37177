package vn.pdv.stack;

import java.util.Collection;

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
 * mongo-java-server's two backends, finding a document by {@code _id} whenever a filter names it by plain equality, as
 * MongoDB does. On its own, mongo-java-server uses an index only when a filter names exactly that index's fields, so
 * a compare-and-set ({@code _id} and the version read) scanned the whole collection, unless a unique index on exactly
 * those fields was kept for it, which every update then had to change as well. The filter is still evaluated whole
 * on the document found, so what matches is unchanged; only how it is found.
 */
final class IdFirstBackends {

    private static final String ID = "_id";
    /** The name mongo-java-server (and MongoDB) gives every collection's {@code _id} index. */
    private static final String ID_INDEX = "_id_";

    private IdFirstBackends() {
    }

    static MongoBackend inMemory() {
        return new InMemory();
    }

    /** Data in the H2 file {@code file}, laid out as {@link H2Backend} lays it out, so existing files open unchanged. */
    static MongoBackend inFile(String file) {
        return new InFile(file);
    }

    /** The {@code _id} a filter names by plain equality; null when it names none, or by an operator, a document or an array. */
    static Object plainId(Document filter) {
        Object id = filter.get(ID);
        if (id == null || id instanceof Document || id instanceof Collection<?>
                || BsonRegularExpression.isRegularExpression(id)) {
            return null;
        }
        return id;
    }

    /** A collection's {@code _id} index, once the collection has added it. */
    private static final class IdIndex<P> {

        private volatile Index<P> index;

        void offer(Index<P> added) {
            if (ID_INDEX.equals(added.getName())) {
                index = added;
            }
        }

        /** Where the document the filter names by {@code _id} is (none or one), or null to find it as before. */
        Iterable<P> positions(Document filter) {
            Object id = plainId(filter);
            Index<P> byId = index;
            return id == null || byId == null ? null : byId.getPositions(new Document(ID, id));
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

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fields) {
            Iterable<Integer> byId = ids.positions(query);
            return byId == null
                    ? super.queryDocuments(query, orderBy, skip, limit, batchSize, fields)
                    : matchDocuments(query, byId, orderBy, skip, limit, batchSize, fields);
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

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fields) {
            Iterable<Object> byId = ids.positions(query);
            return byId == null
                    ? super.queryDocuments(query, orderBy, skip, limit, batchSize, fields)
                    : matchDocuments(query, byId, orderBy, skip, limit, batchSize, fields);
        }
    }
}
