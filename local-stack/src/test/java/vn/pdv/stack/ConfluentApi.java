package vn.pdv.stack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few calls of the Confluent Schema Registry REST API the tests need, over plain java.net.http. */
final class ConfluentApi {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    ConfluentApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** POST /subjects/{subject}/versions. */
    HttpResponse<String> register(String subject, String avroSchema) throws IOException, InterruptedException {
        String body = "{\"schemaType\":\"AVRO\",\"schema\":" + jsonString(avroSchema) + "}";
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/subjects/" + encode(subject) + "/versions"))
                        .header("Content-Type", CONTENT_TYPE)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GET /schemas/ids/{id}. */
    HttpResponse<String> schemaById(int id) throws IOException, InterruptedException {
        return get("/schemas/ids/" + id);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static int idIn(HttpResponse<String> response) {
        Matcher matcher = ID.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new AssertionError("No id in " + response.statusCode() + " " + response.body());
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8);
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
