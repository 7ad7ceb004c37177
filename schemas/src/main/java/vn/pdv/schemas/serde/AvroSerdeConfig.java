package vn.pdv.schemas.serde;

import java.net.URI;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;

/**
 * The serde's settings, read from the producer's or consumer's properties under the same keys Confluent's serde
 * uses, so one set of properties fits both.
 *
 * @param schemaRegistryUrl the Confluent-compatible API root
 * @param autoRegisterSchemas whether the serializer registers a record's schema, or only looks it up
 * @param subjectNames how the serializer names a value's subject
 */
public record AvroSerdeConfig(URI schemaRegistryUrl, boolean autoRegisterSchemas, SubjectNames subjectNames) {

    /** Required. The Confluent-compatible API root, e.g. {@code http://127.0.0.1:8080/apis/ccompat/v7}. */
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";

    /** Optional, default {@code true}. When {@code false} the serializer only looks schemas up under their subject. */
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";

    /**
     * Optional, default Confluent's {@code TopicRecordNameStrategy}: the name of Confluent's strategy class that names
     * a value's subject, one of {@link SubjectNames}' {@linkplain SubjectNames#confluentName() names}.
     */
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";

    /** Reads the settings from Kafka client properties; other keys are ignored. */
    public static AvroSerdeConfig from(Map<String, ?> configs) {
        Object url = configs.get(SCHEMA_REGISTRY_URL);
        if (url == null || url.toString().isBlank()) {
            throw new ConfigException(SCHEMA_REGISTRY_URL + " is required (the schema registry's API root)");
        }
        if (url.toString().contains(",")) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, url, "only one registry URL is supported");
        }
        URI uri;
        try {
            uri = URI.create(url.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, url, e.getMessage());
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, url, "must be an http or https URL");
        }
        return new AvroSerdeConfig(uri, flag(configs.get(AUTO_REGISTER_SCHEMAS)),
                subjectNames(configs.get(VALUE_SUBJECT_NAME_STRATEGY)));
    }

    private static SubjectNames subjectNames(Object value) {
        if (value == null) {
            return SubjectNames.TOPIC_RECORD_NAME;
        }
        String name = value instanceof Class<?> type ? type.getName() : value.toString();
        try {
            return SubjectNames.byConfluentName(name);
        } catch (IllegalArgumentException unknown) {
            throw new ConfigException(VALUE_SUBJECT_NAME_STRATEGY, value, unknown.getMessage());
        }
    }

    private static boolean flag(Object value) {
        return switch (value) {
            case null -> true;
            case Boolean b -> b;
            case String s when s.trim().equalsIgnoreCase("true") -> true;
            case String s when s.trim().equalsIgnoreCase("false") -> false;
            default -> throw new ConfigException(AUTO_REGISTER_SCHEMAS, value, "must be true or false");
        };
    }
}
