package vn.pdv.stack;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * A thin HTTP client for tests of PDV services: sends JSON, never throws on an error status, reads answers with JSON
 * paths. Anonymous as constructed; {@link #as(String)} or {@link #withToken(Supplier)} give one that sends a bearer
 * token, asked of its supplier before every request, so a supplier that renews before expiry ({@link Tokens}) keeps a
 * long test signed in.
 *
 * <pre>{@code
 * JsonApi clerk = new JsonApi(port).as("duk01.clerk");     // TestStack's Keycloak, token renewed before expiry
 * clerk.post("/api/sources", source);
 * }</pre>
 */
public final class JsonApi {

    private final int port;
    private final Supplier<String> token;
    private final RestClient client;

    /** An anonymous client of the service on 127.0.0.1:{@code port}. */
    public JsonApi(int port) {
        this(port, null);
    }

    private JsonApi(int port, Supplier<String> token) {
        this.port = port;
        this.token = token;
        RestClient.Builder builder = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { });
        if (token != null) {
            builder.requestInterceptor((request, body, execution) -> {
                request.getHeaders().setBearerAuth(token.get());
                return execution.execute(request, body);
            });
        }
        this.client = builder.build();
    }

    /** The same service as demo account {@code username} of {@link TestStack}'s Keycloak ({@link Tokens#of}). */
    public JsonApi as(String username) {
        return withToken(() -> Tokens.of(username));
    }

    /** The same service with {@code token}'s current value as the bearer token of every request. */
    public JsonApi withToken(Supplier<String> token) {
        return new JsonApi(port, token);
    }

    /** The same service without a token. */
    public JsonApi anonymous() {
        return new JsonApi(port);
    }

    public int port() {
        return port;
    }

    public Answer post(String path, Map<String, ?> body) {
        return new Answer(client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(String.class));
    }

    public Answer postRaw(String path, String json) {
        return new Answer(client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .toEntity(String.class));
    }

    /** Sends {@code body} as is, of {@code contentType}: a CSV or XLSX table, say. */
    public Answer postBytes(String path, String contentType, byte[] body) {
        return new Answer(client.post().uri(path).contentType(MediaType.parseMediaType(contentType)).body(body).retrieve()
                .toEntity(String.class));
    }

    public Answer put(String path, Map<String, ?> body) {
        return new Answer(client.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(String.class));
    }

    public Answer delete(String path) {
        return new Answer(client.delete().uri(path).retrieve().toEntity(String.class));
    }

    /** Sends {@code form} as {@code application/x-www-form-urlencoded}, as an OAuth 2 token endpoint takes it. */
    public Answer postForm(String path, Map<String, String> form) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        form.forEach(body::add);
        return new Answer(client.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(body).retrieve()
                .toEntity(String.class));
    }

    /** Uploads {@code content} as the multipart part {@code part}, named {@code fileName}, as a browser's file input does. */
    public Answer postFile(String path, String part, String fileName, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(part, new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return new Answer(client.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                .toEntity(String.class));
    }

    public Answer get(String path) {
        return new Answer(client.get().uri(path).retrieve().toEntity(String.class));
    }

    /** A download: the body as bytes, with status and headers. */
    public ResponseEntity<byte[]> getBytes(String path) {
        return client.get().uri(path).retrieve().toEntity(byte[].class);
    }

    public record Answer(ResponseEntity<String> response) {

        public int status() {
            return response.getStatusCode().value();
        }

        public String body() {
            return response.getBody();
        }

        public <T> T read(String jsonPath) {
            return JsonPath.read(response.getBody(), jsonPath);
        }

        public String contentType() {
            return String.valueOf(response.getHeaders().getContentType());
        }

        /** A header's first value, or null. */
        public String header(String name) {
            return response.getHeaders().getFirst(name);
        }

        /** The {@code WWW-Authenticate} challenge of a 401. */
        public String challenge() {
            return header(HttpHeaders.WWW_AUTHENTICATE);
        }
    }
}
