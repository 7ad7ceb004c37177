package vn.pdv.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A server the stack runs as a child process (the schema registry, Keycloak; the benchmarks' aggregator in a JVM of
 * its own): its output appended to a log file, stopped together with its descendants on {@link #close()} or when this
 * JVM exits.
 *
 * <p>Limits: a JVM killed with SIGKILL runs no shutdown hook and cannot stop its children; normal exit,
 * Ctrl-C and a failed start are covered.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final int LOG_TAIL_LINES = 40;

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Thread shutdownHook;

    private ChildProcess(String name, Process process, Path logFile, Thread shutdownHook) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.shutdownHook = shutdownHook;
    }

    /** Starts {@code command} in {@code workDir} (created if missing) with this JVM's environment, as {@code environment} adjusts it. */
    public static ChildProcess start(String name, List<String> command, Consumer<Map<String, String>> environment, Path workDir,
                              Path logFile) {
        Process process;
        try {
            Files.createDirectories(workDir);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            environment.accept(builder.environment());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + " (" + command.getFirst() + ")", e);
        }
        Thread hook = new Thread(() -> stop(process), "stop-" + name.toLowerCase().replace(' ', '-'));
        Runtime.getRuntime().addShutdownHook(hook);
        return new ChildProcess(name, process, logFile, hook);
    }

    /** The {@code java} launcher of the JDK running this JVM: children run on the same Java 21+ as the build. */
    public static String javaOfThisJvm() {
        return ProcessHandle.current().info().command()
                .orElse(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * Returns once {@code probe} answers 200.
     *
     * @throws IllegalStateException when the process exits first or {@code deadline} passes; the message carries
     *                               the tail of its log
     */
    public void awaitReady(URI probe, Duration deadline) {
        Instant giveUp = Instant.now().plus(deadline);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with code " + process.exitValue()
                            + " before it was ready. Last lines of " + logFile + ":\n" + tail());
                }
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException(name + " was not ready within " + deadline
                            + ". Last lines of " + logFile + ":\n" + tail());
                }
                try {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // expected until the server opens its port
                }
                // Paces the polling; returns early if the process dies.
                process.waitFor(200, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
    }

    /**
     * Waits for the process to finish on its own and returns its exit code.
     *
     * @throws IllegalStateException when it runs longer than {@code deadline} (it is then stopped)
     */
    int awaitExit(Duration deadline) {
        try {
            if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new IllegalStateException(name + " did not finish within " + deadline
                        + ". Last lines of " + logFile + ":\n" + tail());
            }
            removeHook();
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The process and every process it started, while they live. */
    List<ProcessHandle> tree() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .filter(ProcessHandle::isAlive).toList();
    }

    public Path logFile() {
        return logFile;
    }

    /** The last lines of the log, for failure messages. */
    public String tail() {
        try {
            List<String> lines = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * Kills the process outright (SIGKILL), as a crash or the kernel's out-of-memory killer would: it runs no shutdown
     * hook and finishes nothing it was doing. Waits for it to end.
     */
    public void kill() {
        try {
            if (!process.destroyForcibly().waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not end after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing " + name, e);
        }
        removeHook();
    }

    /** Stops the process and its descendants and waits for them. */
    @Override
    public void close() {
        stop(process);
        removeHook();
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; it stops the same process
        }
    }

    private static void stop(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
            }
            for (ProcessHandle descendant : descendants) {
                descendant.onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            descendants.forEach(ProcessHandle::destroyForcibly);
        } catch (Exception e) {
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
