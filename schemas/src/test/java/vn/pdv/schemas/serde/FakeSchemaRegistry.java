package vn.pdv.schemas.serde;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.avro.Schema;

/**
 * Just enough of the Confluent Schema Registry API, in-process, to test the client against: register, look up
 * under a subject, get by id. No compatibility rules; a test makes it answer an error with {@link #answerWith}.
 * Counts every request it gets.
 */
final class FakeSchemaRegistry implements AutoCloseable {

    private static final Pattern REGISTER = Pattern.compile("/subjects/([^/]+)/versions");
    private static final Pattern LOOK_UP = Pattern.compile("/subjects/([^/]+)");
    private static final Pattern BY_ID = Pattern.compile("/schemas/ids/(-?\\d+)");

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<Integer, String> schemasById = new HashMap<>();
    private final Map<String, List<Integer>> idsBySubject = new LinkedHashMap<>();
    private int nextId;
    private volatile Answer scripted;
    /** How many of the next requests get no answer at all; those left hanging, closed with the registry. */
    private final AtomicInteger unanswered = new AtomicInteger();
    private final List<HttpExchange> hanging = new CopyOnWriteArrayList<>();

    private record Answer(int status, String body) {
    }

    private FakeSchemaRegistry(int firstId) {
        this.nextId = firstId;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeSchemaRegistry start() {
        return new FakeSchemaRegistry(1);
    }

    /** Hands out ids from {@code firstId}, e.g. one whose four bytes all differ. */
    static FakeSchemaRegistry startWithIdsFrom(int firstId) {
        return new FakeSchemaRegistry(firstId);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    SchemaRegistryClient newClient() {
        return new SchemaRegistryClient(url());
    }

    SchemaRegistryClient newClient(Duration requestTimeout) {
        return new SchemaRegistryClient(url(), requestTimeout);
    }

    /** Registers a schema behind the client's back, as another producer would have. */
    synchronized int preRegister(String subject, Schema schema) {
        return registerText(subject, schema.toString());
    }

    /** From now on every request gets this answer. */
    void answerWith(int status, String body) {
        scripted = new Answer(status, body);
    }

    /** The next {@code count} requests are read and never answered, as by a registry that hangs. */
    void leaveUnanswered(int count) {
        unanswered.set(count);
    }

    /** Every request so far, as {@code METHOD path}. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    /** The schema stored under the id, exactly as the client sent it. */
    synchronized String schemaText(int id) {
        return schemasById.get(id);
    }

    synchronized Set<String> subjects() {
        return Set.copyOf(idsBySubject.keySet());
    }

    @Override
    public void close() {
        hanging.forEach(HttpExchange::close);
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        requests.add(method + " " + path);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (unanswered.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            hanging.add(exchange);
            return;
        }
        Answer answer = scripted != null ? scripted : answer(method, path, body,
                exchange.getRequestHeaders().getFirst("Content-Type"));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", SchemaRegistryClient.CONTENT_TYPE);
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private synchronized Answer answer(String method, String path, String body, String contentType)
            throws IOException {
        Matcher byId = BY_ID.matcher(path);
        if (method.equals("GET") && byId.matches()) {
            String schema = schemasById.get(Integer.parseInt(byId.group(1)));
            return schema == null
                    ? error(404, 40403, "Schema " + byId.group(1) + " not found")
                    : ok(Map.of("schema", schema));
        }
        if (!method.equals("POST")) {
            return error(405, 405, "Method not allowed");
        }
        if (!SchemaRegistryClient.CONTENT_TYPE.equals(contentType)) {
            return error(415, 415, "Unsupported content type " + contentType);
        }
        String schema = json.readTree(body).path("schema").asText();
        Matcher register = REGISTER.matcher(path);
        if (register.matches()) {
            return ok(Map.of("id", registerText(decode(register.group(1)), schema)));
        }
        Matcher lookUp = LOOK_UP.matcher(path);
        if (lookUp.matches()) {
            String subject = decode(lookUp.group(1));
            Integer id = idsBySchema.get(schema);
            if (!idsBySubject.containsKey(subject)) {
                return error(404, 40401, "Subject '" + subject + "' not found.");
            }
            return id == null || !idsBySubject.get(subject).contains(id)
                    ? error(404, 40403, "Schema not found")
                    : ok(Map.of("subject", subject, "id", id, "version", 1, "schema", schema));
        }
        return error(404, 404, "No such endpoint " + path);
    }

    private int registerText(String subject, String schema) {
        int id = idsBySchema.computeIfAbsent(schema, s -> nextId++);
        schemasById.put(id, schema);
        List<Integer> versions = idsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        if (!versions.contains(id)) {
            versions.add(id);
        }
        return id;
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private Answer ok(Map<String, Object> body) throws IOException {
        return new Answer(200, json.writeValueAsString(body));
    }

    private Answer error(int status, int code, String message) throws IOException {
        return new Answer(status, json.writeValueAsString(Map.of("error_code", code, "message", message)));
    }
}
