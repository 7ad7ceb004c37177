package vn.pdv.aggregator.alert.application;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A real HTTP server on a free port that takes webhook calls: {@code /hook/…} answers 204, {@code /broken/…} 500.
 * Every request is kept, so tests can count them.
 */
final class Webhooks implements AutoCloseable {

    record Call(String path, String alertId, String body) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

    Webhooks() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            calls.add(new Call(path, exchange.getRequestHeaders().getFirst("X-PDV-Alert-Id"), body));
            exchange.sendResponseHeaders(path.startsWith("/broken/") ? 500 : 204, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Call> callsTo(String path) {
        return calls.stream().filter(call -> call.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
