package vn.pdv.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server inside this JVM (mongo-java-server), bound to 127.0.0.1, keeping
 * data in memory or in an H2 file.
 *
 * <p>Limits (it is not mongod): no multi-document transactions, TTL indexes never expire, only
 * unique indexes are used and only for plain equality filters naming exactly their fields (but a filter naming
 * {@code _id} by plain equality or {@code $in} is answered from {@code _id}'s index, as MongoDB does: {@link IdFirstBackends}), no
 * change streams.
 */
public final class LocalMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalMongo.class);

    private final MongoServer server;
    private final int port;

    private LocalMongo(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Data lives as long as this server. */
    public static LocalMongo inMemory(int port) {
        return start(IdFirstBackends::inMemory, port, "in memory");
    }

    /** Data is kept in the H2 file {@code file} (created if missing), so a restart finds it again. */
    public static LocalMongo inFile(Path file, int port) {
        Path absolute = file.toAbsolutePath();
        return start(() -> {
            try {
                Files.createDirectories(absolute.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the directory of " + absolute, e);
            }
            return IdFirstBackends.inFile(absolute.toString());
        }, port, absolute.toString());
    }

    private static LocalMongo start(Supplier<MongoBackend> backend, int port, String storage) {
        if (port <= 0) {
            throw new IllegalArgumentException("MongoDB needs a fixed port (use FreePorts.any() for a free one), got " + port);
        }
        // Checked before the backend opens, so a taken port leaves no H2 file lock behind.
        FreePorts.requireFree(port, "MongoDB");
        MongoServer server = new MongoServer(backend.get());
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
        log.info("MongoDB (mongo-java-server, {}) ready at 127.0.0.1:{}", storage, port);
        return new LocalMongo(server, port);
    }

    /** {@code mongodb://127.0.0.1:port/database}. */
    public String connectionString(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Closes client connections and the backend; an H2 file is flushed and closed. */
    @Override
    public void close() {
        server.shutdownNow();
        log.info("MongoDB at 127.0.0.1:{} stopped", port);
    }
}
