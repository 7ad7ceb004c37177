package vn.pdv.schemas.serde;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.kafka.common.errors.InterruptException;

/**
 * A small client for the Confluent Schema Registry REST API: register a schema under a subject, look one up, fetch
 * one by id. Works against Confluent's registry and compatible ones (Apicurio's {@code /apis/ccompat/v7}).
 *
 * <p>Thread-safe. Answers are cached for the life of the client in both directions (subject + schema to id, id to
 * schema), which is sound because the registry never changes what an id means. Two threads asking for the same
 * uncached schema at once may both ask the registry; they get the same answer.
 *
 * <p>A request that fails to connect or gets no answer within the timeout (10 s unless given) is sent again, up to
 * {@value #ATTEMPTS} times in all, before the registry is called unreachable.
 *
 * <p>Limits: Avro only, no schema references, no authentication, one registry URL (no fail-over).
 */
public final class SchemaRegistryClient implements AutoCloseable {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT =
            "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json, application/json";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /**
     * How many times a request is sent before the registry is called unreachable. Every request this client makes is
     * safe to repeat: a look-up, or a registration, which gives the same id when made twice.
     */
    static final int ATTEMPTS = 3;
    private static final System.Logger LOG = System.getLogger(SchemaRegistryClient.class.getName());

    private final URI baseUrl;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final ConcurrentMap<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    /**
     * @param baseUrl the Confluent-compatible API root, e.g. {@code http://host:8081} (Confluent) or
     *                {@code http://127.0.0.1:8080/apis/ccompat/v7} (Apicurio)
     */
    public SchemaRegistryClient(URI baseUrl) {
        this(baseUrl, DEFAULT_REQUEST_TIMEOUT);
    }

    /** @param requestTimeout how long one attempt waits for the registry's answer */
    public SchemaRegistryClient(URI baseUrl, Duration requestTimeout) {
        String url = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        this.baseUrl = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Registers the schema under the subject (a no-op at the registry if it is already there) and returns its id.
     *
     * @throws IncompatibleSchemaException          if the subject's compatibility rule refuses it
     * @throws SchemaRegistryUnreachableException   if the registry cannot be reached
     * @throws UnexpectedRegistryResponseException  for any other answer than success
     */
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = post(subjectUrl(subject) + "/versions", subject, schema, false);
        return remember(key, idIn(answer, subjectUrl(subject) + "/versions"));
    }

    /**
     * Returns the id the schema already has under the subject, without registering anything.
     *
     * @throws SchemaNotRegisteredException if the subject does not exist or does not hold this schema
     */
    public int lookUp(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = post(subjectUrl(subject), subject, schema, true);
        return remember(key, idIn(answer, subjectUrl(subject)));
    }

    /**
     * The schema with this id.
     *
     * @throws UnknownSchemaIdException if the registry does not know the id
     */
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        URI url = URI.create(baseUrl + "/schemas/ids/" + id);
        HttpResponse<String> response = send(HttpRequest.newBuilder(url).GET(), url);
        if (response.statusCode() == 404) {
            throw new UnknownSchemaIdException(id, baseUrl, messageIn(response.body()));
        }
        JsonNode answer = successBody("GET", url, response);
        String type = answer.path("schemaType").asText("AVRO");
        if (!"AVRO".equals(type)) {
            throw new UnexpectedRegistryResponseException("GET", url, response.statusCode(),
                    "a " + type + " schema; only AVRO is supported", null);
        }
        Schema schema;
        try {
            schema = new Schema.Parser().parse(answer.path("schema").asText());
        } catch (SchemaParseException e) {
            throw new UnexpectedRegistryResponseException("GET", url, response.statusCode(),
                    "a schema that does not parse as Avro: " + e.getMessage(), e);
        }
        Schema earlier = schemasById.putIfAbsent(id, schema);
        return earlier != null ? earlier : schema;
    }

    @Override
    public void close() {
        http.close();
    }

    private int remember(SubjectSchema key, int id) {
        idsBySubjectSchema.putIfAbsent(key, id);
        // Our own schema object is as good as the registry's copy, and saves a round trip when we read it back.
        schemasById.putIfAbsent(id, key.schema());
        return id;
    }

    private JsonNode post(String target, String subject, Schema schema, boolean lookUp) {
        URI url = URI.create(target);
        String body;
        try {
            body = json.writeValueAsString(Map.of("schema", schema.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON string", e);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(url)
                .header("Content-Type", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), url);
        if (response.statusCode() == 409) {
            throw new IncompatibleSchemaException(subject, messageIn(response.body()));
        }
        if (lookUp && response.statusCode() == 404) {
            throw new SchemaNotRegisteredException(subject, messageIn(response.body()));
        }
        return successBody("POST", url, response);
    }

    /**
     * Sends the request, again on a failure to connect or an answer that does not come within the timeout (a new
     * connection each time: the client drops one that failed), up to {@link #ATTEMPTS} times in all.
     */
    private HttpResponse<String> send(HttpRequest.Builder builder, URI url) {
        HttpRequest request = builder.header("Accept", ACCEPT).timeout(requestTimeout).build();
        IOException failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                failure = e;
                if (attempt < ATTEMPTS) {
                    LOG.log(System.Logger.Level.WARNING, "Schema registry: {0} {1} failed ({2}); sending it again",
                            request.method(), url, e.toString());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptException(e);
            }
        }
        throw new SchemaRegistryUnreachableException(url, failure);
    }

    private JsonNode successBody(String method, URI url, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new UnexpectedRegistryResponseException(method, url, response.statusCode(), response.body(), null);
        }
        try {
            return json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new UnexpectedRegistryResponseException(method, url, response.statusCode(),
                    "a body that is not JSON: " + response.body(), e);
        }
    }

    private static int idIn(JsonNode answer, String url) {
        JsonNode id = answer.get("id");
        if (id == null || !id.canConvertToInt()) {
            throw new UnexpectedRegistryResponseException("POST", URI.create(url), 200, "no schema id in " + answer,
                    null);
        }
        return id.intValue();
    }

    /** The registry's {@code message} field, or the whole body when it is not the usual error JSON. */
    private String messageIn(String body) {
        try {
            JsonNode message = json.readTree(body).get("message");
            return message != null && message.isTextual() ? message.asText() : body;
        } catch (JsonProcessingException e) {
            return body;
        }
    }

    private String subjectUrl(String subject) {
        return baseUrl + "/subjects/" + URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record SubjectSchema(String subject, Schema schema) {
    }
}
