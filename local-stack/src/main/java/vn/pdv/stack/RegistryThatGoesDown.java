package vn.pdv.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A schema registry behind a door, for tests of what a service does while the registry is down. Shut (as it starts),
 * the door drops every request unanswered, so the client sees the connection closed as when the registry is down; open,
 * it passes requests through to the real registry. Counts the schema fetches it turned away, which only a reader
 * makes ({@code GET …/schemas/ids/N}), so a test knows a consumer tried.
 */
public final class RegistryThatGoesDown implements AutoCloseable {

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI target;
    private final AtomicInteger fetchesTurnedAway = new AtomicInteger();
    private volatile boolean up;

    /** @param registryUrl the real registry's Confluent-compatible API root, e.g. {@link TestStack#schemaRegistryUrl()} */
    public RegistryThatGoesDown(String registryUrl) {
        this.target = URI.create(registryUrl.endsWith("/") ? registryUrl.substring(0, registryUrl.length() - 1)
                : registryUrl);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address to give a service instead of the registry's; same path, another port. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + target.getPath();
    }

    /** Schema fetches by id dropped while the door was shut. */
    public int fetchesTurnedAway() {
        return fetchesTurnedAway.get();
    }

    /** Opens the door: from now on every request reaches the registry. */
    public void comeBack() {
        up = true;
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI asked = exchange.getRequestURI();
        if (!up) {
            if (asked.getPath().contains("/schemas/ids/")) {
                fetchesTurnedAway.incrementAndGet();
            }
            exchange.close();
            return;
        }
        // The same path on the registry's own host and port.
        URI uri = URI.create(target.getScheme() + "://" + target.getRawAuthority() + asked.getRawPath()
                + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(exchange.getRequestMethod(),
                HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Accept")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try {
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().firstValue("Content-Type").ifPresent(type ->
                    exchange.getResponseHeaders().add("Content-Type", type));
            int length = answer.body().length;
            exchange.sendResponseHeaders(answer.statusCode(), length == 0 ? -1 : length);
            exchange.getResponseBody().write(answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        client.close();
    }
}
