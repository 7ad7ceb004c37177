package vn.pdv.stack;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak 26 as a child process on 127.0.0.1, serving the realm {@value #REALM} of {@code keycloak/pdv-realm.json}
 * (on this module's classpath): PDV's roles, the {@code unit} claim, the clients {@code pdv-web} and {@code pdv-cli}
 * and the demo accounts. The tokens' issuer is always {@link #issuerUrl()}, whatever host name a caller used.
 *
 * <p>The distribution is the one this module's build unpacked into its {@code target/} directory (override with
 * system property {@value #HOME_PROPERTY} or environment variable {@value #HOME_ENV}). It runs through its own
 * {@code bin/kc.sh} on the Java that runs this JVM, in production mode with the build-time options fixed once per
 * distribution: the first start anywhere runs {@code kc.sh build} (Quarkus augmentation, 35–40 s here; other
 * JVMs wait on a file lock meanwhile), every start after that is {@code kc.sh start --optimized}. Everything a
 * run writes stays in its work directory: the H2 database {@code h2/}, the realm file it imported {@code import/},
 * the transaction log, temporary files and {@code keycloak.log}. With an existing database the realm is not
 * imported again (Keycloak's IGNORE_EXISTING): delete the work directory to pick up a changed realm file.
 *
 * <p>Limits: a start takes 20–60 s on two busy cores (a fresh database about 7 s more than an existing one); the
 * process takes about 450 MB; a JVM killed with SIGKILL cannot stop it (see {@link ChildProcess}). Linux and macOS
 * only ({@code kc.sh}).
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "pdv";
    /**
     * A second realm, imported only for tests ({@link LocalStack.Builder#forTests()}): the same client and accounts'
     * shape as {@value #REALM}, audience {@code pdv} included, but another issuer and other signing keys, so tests can
     * show that the services refuse a token from any issuer but theirs.
     */
    public static final String OTHER_REALM = "other";
    public static final String HOME_PROPERTY = "pdv.keycloak.home";
    public static final String HOME_ENV = "PDV_KEYCLOAK_HOME";

    private static final Logger log = LoggerFactory.getLogger(LocalKeycloak.class);
    private static final String REALM_RESOURCE = "/keycloak/pdv-realm.json";
    private static final String OTHER_REALM_RESOURCE = "/keycloak/other-realm.json";
    /** Clients added to realm {@value #REALM} for tests only, e.g. one whose tokens expire in two seconds. */
    private static final String TEST_CLIENTS_RESOURCE = "/keycloak/test-clients.json";
    /**
     * Build-time options, fixed in the distribution by {@code kc.sh build}. The dev-file database is H2; its file
     * is placed per run with the runtime option {@code --db-url}.
     */
    private static final List<String> BUILD_OPTIONS = List.of("--db=dev-file");
    /** Written into the distribution after a build: the options it was built with and the build's own stamp. */
    private static final String BUILT_MARKER = ".pdv-built";
    private static final Duration BUILD_DEADLINE = Duration.ofMinutes(10);
    private static final Duration READY_DEADLINE = Duration.ofMinutes(5);

    private final ChildProcess process;
    private final int port;
    private final Instant launched;
    private volatile Duration startupTime;

    private LocalKeycloak(ChildProcess process, int port, Instant launched) {
        this.process = process;
        this.port = port;
        this.launched = launched;
    }

    /**
     * Starts Keycloak on {@code port} with its data in {@code workDir} and returns once the realm is served.
     *
     * @throws PortInUseException when {@code port} is taken
     * @throws IllegalStateException when the distribution is missing, or the build or the server fails or is not
     *                               ready in time (the message carries the tail of its log)
     */
    public static LocalKeycloak start(Path workDir, int port) {
        LocalKeycloak keycloak = launch(workDir, port, false);
        keycloak.awaitReady();
        return keycloak;
    }

    /** Starts the process and returns at once, so that a stack can start other parts meanwhile; then {@link #awaitReady()}. */
    static LocalKeycloak launch(Path workDir, int port, boolean forTests) {
        if (port <= 0) {
            throw new IllegalArgumentException("Keycloak needs a fixed port (use FreePorts.any() for a free one), got " + port);
        }
        FreePorts.requireFree(port, "Keycloak");
        Path home = distribution();
        Path dir = workDir.toAbsolutePath();
        Instant launched = Instant.now();
        ensureBuilt(home, dir);
        Path importDir = dir.resolve("import");
        writeRealmFile(REALM_RESOURCE, forTests ? List.of(TEST_CLIENTS_RESOURCE) : List.of(), importDir);
        if (forTests) {
            writeRealmFile(OTHER_REALM_RESOURCE, List.of(), importDir);
        }
        ChildProcess process = ChildProcess.start("Keycloak", command(home, dir, importDir, port), LocalKeycloak::environment,
                dir, dir.resolve("keycloak.log"));
        return new LocalKeycloak(process, port, launched);
    }

    /**
     * Returns once the realm's discovery document is served, which Keycloak does only after its bootstrap and the
     * realm import; on failure the process is stopped.
     */
    void awaitReady() {
        try {
            process.awaitReady(URI.create(issuerUrl() + "/.well-known/openid-configuration"), READY_DEADLINE);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        startupTime = Duration.between(launched, Instant.now());
        log.info("Keycloak ready, issuer {} (pid {}, log {}) in {} ms", issuerUrl(), process.pid(), process.logFile(),
                startupTime.toMillis());
    }

    /** The realm's issuer, e.g. {@code http://127.0.0.1:8090/realms/pdv}: the {@code iss} of its tokens. */
    public String issuerUrl() {
        return issuerUrl(REALM);
    }

    /** The issuer of {@code realm} on this server, e.g. {@value #OTHER_REALM}'s when it was imported. */
    public String issuerUrl(String realm) {
        return "http://127.0.0.1:" + port + "/realms/" + realm;
    }

    /** Where the realm's token endpoint is, for the password grant. */
    public String tokenUrl() {
        return issuerUrl() + "/protocol/openid-connect/token";
    }

    /** The realm's signing keys, for a resource server that does not use discovery. */
    public String jwksUrl() {
        return issuerUrl() + "/protocol/openid-connect/certs";
    }

    /** The account console, where a person logs in. */
    public String accountUrl() {
        return issuerUrl() + "/account";
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return process.logFile();
    }

    /** From launch (including a first build, if this start ran it) to ready; null until ready. */
    public Duration startupTime() {
        return startupTime;
    }

    /** The server's processes ({@code kc.sh} and its JVM) while they live. */
    List<ProcessHandle> processes() {
        return process.tree();
    }

    /** Stops {@code kc.sh} and the server JVM and waits for them. */
    @Override
    public void close() {
        process.close();
        log.info("Keycloak at http://127.0.0.1:{} stopped", port);
    }

    private static List<String> command(Path home, Path dir, Path importDir, int port) {
        return List.of(
                "sh", home.resolve("bin").resolve("kc.sh").toString(),
                "start", "--optimized",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                // A fixed front-end URL: the issuer does not depend on the host name a browser or client used.
                "--hostname=http://127.0.0.1:" + port,
                // One node: no JGroups discovery, no cluster ports.
                "--cache=local",
                "--db-url=jdbc:h2:file:" + dir.resolve("h2").resolve("keycloakdb") + ";NON_KEYWORDS=VALUE",
                "--import-realm",
                // --import-realm reads <home>/data/import, which stays absent; this points it at the run's own copy.
                "-Dkeycloak.migration.dir=" + importDir,
                "-Djava.io.tmpdir=" + createDirectory(dir.resolve("tmp")),
                "-Dquarkus.transaction-manager.object-store.directory=" + dir.resolve("transaction-logs"));
    }

    /**
     * kc.sh reads its Java from {@code JAVA}; settings of the caller's shell must not reconfigure the server. The
     * server compiles with C1 only: on two busy cores C2's compiler threads made every start about twice as slow
     * (81–90 s against 34–56 s measured side by side), and neither a demo nor a test needs peak throughput.
     */
    private static void environment(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("KEYCLOAK_")
                || name.startsWith("JAVA_OPTS") || name.equals("JAVA_ADD_OPENS") || name.equals("JAVA_HOME"));
        environment.put("JAVA", ChildProcess.javaOfThisJvm());
        environment.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
    }

    /**
     * Runs {@code kc.sh build} unless the distribution was built with {@link #BUILD_OPTIONS} already. A file lock
     * in the distribution keeps concurrent JVMs from building it at the same time.
     */
    private static synchronized void ensureBuilt(Path home, Path logDir) {
        Path marker = home.resolve(BUILT_MARKER);
        try (FileChannel channel = FileChannel.open(home.resolve(BUILT_MARKER + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(builtStamp(home))) {
                return;
            }
            Path buildLog = createDirectory(logDir).resolve("keycloak-build.log");
            log.info("Building Keycloak in {} once ({}); this takes a minute or two, log {}", home, BUILD_OPTIONS, buildLog);
            Instant started = Instant.now();
            List<String> command = new ArrayList<>(List.of("sh", home.resolve("bin").resolve("kc.sh").toString(), "build"));
            command.addAll(BUILD_OPTIONS);
            ChildProcess build = ChildProcess.start("Keycloak build", command, LocalKeycloak::environment, logDir, buildLog);
            int exit = build.awaitExit(BUILD_DEADLINE);
            if (exit != 0) {
                throw new IllegalStateException("kc.sh build exited with code " + exit + ". Last lines of " + buildLog
                        + ":\n" + build.tail());
            }
            Files.writeString(marker, builtStamp(home));
            log.info("Keycloak built in {} ms", Duration.between(started, Instant.now()).toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build Keycloak in " + home, e);
        }
    }

    /**
     * The build options and when the augmented application was written: a distribution unpacked again over a
     * built one brings back the archive's own, older, application and so reads as unbuilt.
     */
    private static String builtStamp(Path home) throws IOException {
        return String.join(" ", BUILD_OPTIONS) + "\n"
                + Files.getLastModifiedTime(home.resolve("lib").resolve("quarkus").resolve("quarkus-application.dat")).toMillis()
                + "\n";
    }

    /** Writes the realm of {@code resource} into the import directory, with the clients of {@code extraClients} added. */
    private static void writeRealmFile(String resource, List<String> extraClients, Path importDir) {
        try {
            DocumentContext realm = JsonPath.parse(readResource(resource));
            for (String clients : extraClients) {
                for (Object client : JsonPath.parse(readResource(clients)).<List<Object>>read("$")) {
                    realm.add("$.clients", client);
                }
            }
            Files.writeString(createDirectory(importDir).resolve(resource.substring(resource.lastIndexOf('/') + 1)),
                    realm.jsonString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the realm file " + resource + " into " + importDir, e);
        }
    }

    private static String readResource(String resource) throws IOException {
        try (InputStream in = LocalKeycloak.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The realm file " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path createDirectory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }

    private static Path distribution() {
        return Distributions.locate("Keycloak", "keycloak", HOME_PROPERTY, HOME_ENV, "bin/kc.sh",
                "org.keycloak:keycloak-quarkus-dist:%s:tar.gz");
    }
}
