package vn.pdv.stack;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** A thin HTTP client for tests of PDV services: sends JSON, never throws on an error status, reads answers with JSON paths. */
public final class JsonApi {

    private final RestClient client;

    public JsonApi(int port) {
        this.client = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    public Answer post(String path, Map<String, ?> body) {
        return new Answer(client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(String.class));
    }

    public Answer postRaw(String path, String json) {
        return new Answer(client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .toEntity(String.class));
    }

    /** Sends {@code form} as {@code application/x-www-form-urlencoded}, as an OAuth 2 token endpoint takes it. */
    public Answer postForm(String path, Map<String, String> form) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        form.forEach(body::add);
        return new Answer(client.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(body).retrieve()
                .toEntity(String.class));
    }

    public Answer get(String path) {
        return new Answer(client.get().uri(path).retrieve().toEntity(String.class));
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
    }
}
