package vn.pdv.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import vn.pdv.events.SourceCreated;
import vn.pdv.events.CandidateAdmitted;
import vn.pdv.events.GeneralEducation;
import vn.pdv.events.OccupationSector;
import vn.pdv.events.ProfessionalLevel;
import vn.pdv.events.StepVoided;
import vn.pdv.schemas.Topics;
import vn.pdv.stack.TestStack;

/**
 * The serde against a real Confluent-compatible registry: {@link TestStack}'s (Apicurio's ccompat API here,
 * Confluent's Schema Registry where Docker runs), with its BACKWARD compatibility rule.
 */
class SchemaRegistryIntegrationTest {

    static final List<SpecificRecord> EVERY_EVENT_TYPE = Events.everyEventType();

    private static URI registryUrl() {
        return URI.create(TestStack.schemaRegistryUrl());
    }

    /** The registry is shared by every test in the JVM, so tests that break subjects get subjects of their own. */
    private static String aTopicOfItsOwn() {
        return "it.schemas-" + UUID.randomUUID();
    }

    @ParameterizedTest
    @FieldSource("EVERY_EVENT_TYPE")
    void registersEveryEventTypeAndReadsItBackWithAClientThatFetchesTheSchemaById(SpecificRecord event) {
        Map<String, Object> properties = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestStack.schemaRegistryUrl());
        try (AvroSerializer serializer = new AvroSerializer();
             AvroDeserializer deserializer = new AvroDeserializer()) {
            serializer.configure(properties, false);
            deserializer.configure(properties, false);

            byte[] bytes = serializer.serialize(Topics.UNIT_EVENTS, event);

            assertThat(deserializer.deserialize(Topics.UNIT_EVENTS, bytes)).isEqualTo(event);
        }
    }

    @Test
    void findsARegisteredSchemaUnderItsSubjectWithoutRegisteringIt() {
        String topic = aTopicOfItsOwn();
        try (SchemaRegistryClient registering = new SchemaRegistryClient(registryUrl());
             SchemaRegistryClient lookingUp = new SchemaRegistryClient(registryUrl())) {
            byte[] registered = new AvroSerializer(registering, true).serialize(topic, Events.aSourceCreated());

            byte[] lookedUp = new AvroSerializer(lookingUp, false).serialize(topic, Events.aSourceCreated());

            assertThat(lookedUp).isEqualTo(registered);
        }
    }

    @Test
    void refusesToWriteAnUnregisteredSchemaWhenAutoRegisterIsOff() {
        String topic = aTopicOfItsOwn();
        try (SchemaRegistryClient client = new SchemaRegistryClient(registryUrl())) {

            assertThatThrownBy(() -> new AvroSerializer(client, false).serialize(topic, Events.aSourceCreated()))
                    .isInstanceOf(SchemaNotRegisteredException.class)
                    .hasMessageContaining(topic + "-vn.pdv.events.SourceCreated");
        }
    }

    @Test
    void reportsANewRequiredFieldUnderAnExistingSubjectAsIncompatible() {
        String topic = aTopicOfItsOwn();
        Schema withRequiredField = withExtraRequiredField(SourceCreated.getClassSchema(), "remarks");
        GenericRecord current = AvroBytes.asGeneric(Events.aSourceCreated(), SourceCreated.getClassSchema());
        GenericRecord evolved = new GenericData.Record(withRequiredField);
        current.getSchema().getFields().forEach(field -> evolved.put(field.name(), current.get(field.name())));
        evolved.put("remarks", "introduced at the March youth union congress");
        try (SchemaRegistryClient client = new SchemaRegistryClient(registryUrl())) {
            AvroSerializer serializer = new AvroSerializer(client, true);
            serializer.serialize(topic, Events.aSourceCreated());
            ForeignSchemaRecord incompatible = new ForeignSchemaRecord(evolved);

            assertThatThrownBy(() -> serializer.serialize(topic, incompatible))
                    .isInstanceOf(IncompatibleSchemaException.class)
                    .hasMessageContaining("'" + topic + "-vn.pdv.events.SourceCreated'")
                    .hasMessageContaining("HTTP 409")
                    .satisfies(e -> assertThat(((IncompatibleSchemaException) e).registryMessage()).isNotBlank());
        }
    }

    /** The actor (issue 10) joined every event's metadata as an optional field: a registry holding the events of
     *  before takes the new versions under its BACKWARD rule, so committees can upgrade one at a time. */
    @ParameterizedTest
    @FieldSource("EVERY_EVENT_TYPE")
    void acceptsTheActorInTheMetadataUnderASubjectThatHeldTheEventBefore(SpecificRecord event) {
        String topic = aTopicOfItsOwn();
        GenericRecord before = AvroBytes.asGeneric(event, Events.beforeTheActor(event.getSchema()));
        try (SchemaRegistryClient client = new SchemaRegistryClient(registryUrl())) {
            AvroSerializer serializer = new AvroSerializer(client, true);
            byte[] old = serializer.serialize(topic, new ForeignSchemaRecord(before));

            byte[] current = serializer.serialize(topic, event);

            assertThat(current).isNotEqualTo(old);
            assertThat(new AvroDeserializer(client).deserialize(topic, current)).isEqualTo(event);
        }
    }

    /** Findings (issue 13) joined the steps as an array with an empty default: BACKWARD-compatible, like the actor. */
    @Test
    void acceptsAStepWithFindingsUnderASubjectThatHeldItBefore() {
        String topic = aTopicOfItsOwn();
        CandidateAdmitted late = Events.aLateCandidateAdmitted();
        GenericRecord before = AvroBytes.asGeneric(late, Events.beforeTheFindings(late.getSchema()));
        try (SchemaRegistryClient client = new SchemaRegistryClient(registryUrl())) {
            AvroSerializer serializer = new AvroSerializer(client, true);
            serializer.serialize(topic, new ForeignSchemaRecord(before));

            byte[] current = serializer.serialize(topic, late);

            assertThat(new AvroDeserializer(client).deserialize(topic, current)).isEqualTo(late);
        }
    }

    /**
     * The categories (education, professional level, occupation) and the age at admission (issue 13) joined as enums
     * and a nullable int with defaults: the registry holding the admission as it stood before takes the new version,
     * and an admission written before reads as UNSPECIFIED with no age.
     */
    @Test
    void acceptsTheCategoriesAndTheAgeUnderASubjectThatHeldTheAdmissionBefore() {
        String topic = aTopicOfItsOwn();
        CandidateAdmitted categorised = Events.aCategorisedCandidateAdmitted();
        GenericRecord before = AvroBytes.asGeneric(categorised, Events.beforeTheCategories());
        try (SchemaRegistryClient client = new SchemaRegistryClient(registryUrl())) {
            AvroSerializer serializer = new AvroSerializer(client, true);
            byte[] old = serializer.serialize(topic, new ForeignSchemaRecord(before));

            byte[] current = serializer.serialize(topic, categorised);

            AvroDeserializer deserializer = new AvroDeserializer(client);
            assertThat(deserializer.deserialize(topic, current)).isEqualTo(categorised);
            CandidateAdmitted readFromOld = (CandidateAdmitted) deserializer.deserialize(topic, old);
            assertThat(readFromOld.getAgeAtAdmission()).isNull();
            assertThat(readFromOld.getAttributes().getEducationCategory()).isEqualTo(GeneralEducation.UNSPECIFIED);
            assertThat(readFromOld.getAttributes().getProfessionalCategory()).isEqualTo(ProfessionalLevel.UNSPECIFIED);
            assertThat(readFromOld.getAttributes().getSectorCategory()).isEqualTo(OccupationSector.UNSPECIFIED);
            assertThat(readFromOld.getAttributes().getGeneralEducation()).isEqualTo("12/12");
        }
    }

    /**
     * The exit's reason joined {@code StepFigures} (issue 13) as a nullable string: a subject holding the void as it
     * stood before takes the new version, and a void written before reads with no reason (an exit counted as one).
     */
    @Test
    void acceptsTheExitReasonInAVoidUnderASubjectThatHeldItBefore() {
        String topic = aTopicOfItsOwn();
        StepVoided moved = Events.aMovedExitVoided();
        GenericRecord before = AvroBytes.asGeneric(moved, Events.beforeTheExitReason(moved.getSchema()));
        try (SchemaRegistryClient client = new SchemaRegistryClient(registryUrl())) {
            AvroSerializer serializer = new AvroSerializer(client, true);
            byte[] old = serializer.serialize(topic, new ForeignSchemaRecord(before));

            byte[] current = serializer.serialize(topic, moved);

            AvroDeserializer deserializer = new AvroDeserializer(client);
            assertThat(deserializer.deserialize(topic, current)).isEqualTo(moved);
            assertThat(((StepVoided) deserializer.deserialize(topic, old)).getVoided().getExitReason()).isNull();
        }
    }

    @Test
    void reportsASchemaIdTheRegistryNeverGaveOut() {
        byte[] bytes = AvroBytes.confluentFramed(Integer.MAX_VALUE - 7, Events.aSourceCreated());
        try (SchemaRegistryClient client = new SchemaRegistryClient(registryUrl())) {

            assertThatThrownBy(() -> new AvroDeserializer(client).deserialize(Topics.UNIT_EVENTS, bytes))
                    .isInstanceOf(UnknownSchemaIdException.class)
                    .hasMessageContaining("Schema id " + (Integer.MAX_VALUE - 7) + " is unknown");
        }
    }

    /** The schema plus a string field without a default, which BACKWARD compatibility forbids. */
    private static Schema withExtraRequiredField(Schema schema, String name) {
        List<Schema.Field> fields = new ArrayList<>();
        schema.getFields().forEach(field -> fields.add(new Schema.Field(field, field.schema())));
        fields.add(new Schema.Field(name, Schema.create(Schema.Type.STRING)));
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }
}
