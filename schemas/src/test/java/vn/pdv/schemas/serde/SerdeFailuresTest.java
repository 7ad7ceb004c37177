package vn.pdv.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.pdv.events.SourceCreated;
import vn.pdv.schemas.Topics;

class SerdeFailuresTest {

    private final FakeSchemaRegistry registry = FakeSchemaRegistry.start();
    private final SchemaRegistryClient client = registry.newClient();
    private final AvroSerializer serializer = new AvroSerializer(client, true);
    private final AvroDeserializer deserializer = new AvroDeserializer(client);

    @AfterEach
    void stop() {
        client.close();
        registry.close();
    }

    @Test
    void reportsAnUnreachableRegistryWithItsUrlAndTheCause() {
        URI nobodyListening = URI.create("http://127.0.0.1:" + closedPort() + "/apis/ccompat/v7");
        try (SchemaRegistryClient unreachable = new SchemaRegistryClient(nobodyListening)) {

            assertThatThrownBy(() -> new AvroSerializer(unreachable, true).serialize(Topics.UNIT_EVENTS,
                    Events.aSourceCreated()))
                    .isInstanceOf(SchemaRegistryUnreachableException.class)
                    .isInstanceOf(SerializationException.class)
                    .hasMessageContaining(nobodyListening + "/subjects/pdv.unit-events-vn.pdv.events.SourceCreated")
                    .hasMessageContaining("ConnectException")
                    .hasCauseInstanceOf(ConnectException.class);
        }
    }

    @Test
    void sendsARequestTheRegistryLeftUnansweredAgainAndGetsTheId() {
        registry.leaveUnanswered(SchemaRegistryClient.ATTEMPTS - 1);
        try (SchemaRegistryClient patient = registry.newClient(Duration.ofMillis(500))) {

            byte[] written = new AvroSerializer(patient, true).serialize(Topics.UNIT_EVENTS, Events.aSourceCreated());

            assertThat(new AvroDeserializer(patient).deserialize(Topics.UNIT_EVENTS, written))
                    .isEqualTo(Events.aSourceCreated());
            assertThat(registry.requests()).containsOnly(
                    "POST /subjects/pdv.unit-events-vn.pdv.events.SourceCreated/versions")
                    .hasSize(SchemaRegistryClient.ATTEMPTS);
        }
    }

    @Test
    void callsARegistryThatNeverAnswersUnreachableAfterTheLastAttempt() {
        registry.leaveUnanswered(SchemaRegistryClient.ATTEMPTS);
        try (SchemaRegistryClient patient = registry.newClient(Duration.ofMillis(500))) {

            assertThatThrownBy(() -> new AvroSerializer(patient, true).serialize(Topics.UNIT_EVENTS,
                    Events.aSourceCreated()))
                    .isInstanceOf(SchemaRegistryUnreachableException.class)
                    .hasMessageContaining(registry.url() + "/subjects/pdv.unit-events-vn.pdv.events.SourceCreated")
                    .hasCauseInstanceOf(HttpTimeoutException.class);
            assertThat(registry.requests()).hasSize(SchemaRegistryClient.ATTEMPTS);
        }
    }

    @Test
    void reportsASchemaIdTheRegistryDoesNotKnowWithTheId() {
        byte[] writtenElsewhere = AvroBytes.confluentFramed(4242, Events.aSourceCreated());

        assertThatThrownBy(() -> deserializer.deserialize(Topics.UNIT_EVENTS, writtenElsewhere))
                .isInstanceOf(UnknownSchemaIdException.class)
                .hasMessageContaining("Schema id 4242 is unknown")
                .hasMessageContaining(registry.url().toString())
                .extracting(e -> ((UnknownSchemaIdException) e).schemaId()).isEqualTo(4242);
    }

    @Test
    void reportsAnIncompatibleSchemaWithTheSubjectAndTheRegistrysMessage() {
        registry.answerWith(409, """
                {"error_code":409,"message":"Schema being registered is incompatible with an earlier schema"}""");

        assertThatThrownBy(() -> serializer.serialize(Topics.UNIT_EVENTS, Events.aQuotaAssigned()))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("'pdv.unit-events-vn.pdv.events.QuotaAssigned'")
                .hasMessageContaining("HTTP 409")
                .hasMessageEndingWith(": Schema being registered is incompatible with an earlier schema");
    }

    @Test
    void reportsAnyOtherRegistryErrorWithTheStatusAndTheBody() {
        registry.answerWith(500, """
                {"error_code":50001,"message":"Error in the backend data store"}""");

        assertThatThrownBy(() -> serializer.serialize(Topics.UNIT_EVENTS, Events.aUnitRegistered()))
                .isInstanceOf(UnexpectedRegistryResponseException.class)
                .hasMessageContaining("POST " + registry.url() + "/subjects/pdv.unit-events-vn.pdv.events.UnitRegistered/versions")
                .hasMessageContaining("HTTP 500")
                .hasMessageContaining("Error in the backend data store")
                .extracting(e -> ((UnexpectedRegistryResponseException) e).status()).isEqualTo(500);
    }

    @Test
    void reportsARegistryErrorWhileFetchingASchemaToo() {
        registry.answerWith(503, "upstream connect error");
        byte[] bytes = AvroBytes.confluentFramed(7, Events.aSourceCreated());

        assertThatThrownBy(() -> deserializer.deserialize(Topics.UNIT_EVENTS, bytes))
                .isInstanceOf(UnexpectedRegistryResponseException.class)
                .hasMessageContaining("GET " + registry.url() + "/schemas/ids/7 with HTTP 503: upstream connect error");
    }

    @Test
    void refusesToWriteASchemaMissingFromItsSubjectWhenAutoRegisterIsOff() {
        AvroSerializer lookingUp = new AvroSerializer(client, false);

        assertThatThrownBy(() -> lookingUp.serialize(Topics.UNIT_EVENTS, Events.aSourceCreated()))
                .isInstanceOf(SchemaNotRegisteredException.class)
                .hasMessageContaining("'pdv.unit-events-vn.pdv.events.SourceCreated'")
                .hasMessageContaining("auto.register.schemas is false")
                .hasMessageContaining("not found");
    }

    @Test
    void rejectsAValueTooShortForTheHeaderSayingWhatItSaw() {
        assertThatThrownBy(() -> deserializer.deserialize(Topics.UNIT_EVENTS, new byte[] {0, 0, 1}))
                .isInstanceOf(NotWireFormatException.class)
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("'pdv.unit-events'")
                .hasMessageContaining("only 3 byte(s)")
                .hasMessageEndingWith("first bytes: 00 00 01");
        assertThatThrownBy(() -> deserializer.deserialize(Topics.UNIT_EVENTS, new byte[0]))
                .isInstanceOf(NotWireFormatException.class)
                .hasMessageContaining("only 0 byte(s)");
    }

    @Test
    void rejectsAValueWithAnotherMagicByteSayingWhatItSaw() {
        byte[] json = "{\"unitCode\":\"DU-XA-TAN-AN\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> deserializer.deserialize(Topics.UNIT_EVENTS, json))
                .isInstanceOf(NotWireFormatException.class)
                .hasMessageContaining("magic byte is 0x7b, expected 0x00")
                .hasMessageContaining("first bytes: 7b 22 75 6e")
                .hasMessageEndingWith(" ...");
        assertThat(registry.requests()).isEmpty();
    }

    @Test
    void rejectsABodyThatEndsBeforeTheWriterSchemaDoes() {
        byte[] bytes = serializer.serialize(Topics.UNIT_EVENTS, Events.aCandidateAdmitted());
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 10);
        int id = WireFormat.schemaId(Topics.UNIT_EVENTS, bytes);

        assertThatThrownBy(() -> deserializer.deserialize(Topics.UNIT_EVENTS, truncated))
                .isInstanceOf(UndecodableAvroException.class)
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic 'pdv.unit-events'")
                .hasMessageContaining("writer schema id " + id + " (vn.pdv.events.CandidateAdmitted");
    }

    @Test
    void rejectsABodyWrittenWithAnotherSchemaThanTheHeaderNames() {
        int unitRegisteredId = WireFormat.schemaId(Topics.UNIT_EVENTS,
                serializer.serialize(Topics.UNIT_EVENTS, Events.aUnitRegistered()));
        byte[] mislabelled = AvroBytes.confluentFramed(unitRegisteredId, Events.aQuotaAssigned());

        assertThatThrownBy(() -> deserializer.deserialize(Topics.UNIT_EVENTS, mislabelled))
                .isInstanceOf(UndecodableAvroException.class)
                .hasMessageContaining("writer schema id " + unitRegisteredId + " (vn.pdv.events.UnitRegistered");
    }

    @Test
    void reportsARecordAvroCannotWriteWithTheTopicAndTheRecordName() {
        SourceCreated incomplete = new SourceCreated();

        assertThatThrownBy(() -> serializer.serialize(Topics.UNIT_EVENTS, incomplete))
                .isExactlyInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot write vn.pdv.events.SourceCreated to topic 'pdv.unit-events' as Avro")
                .hasMessageContaining("metadata");
    }

    @Test
    void refusesToStartWithoutARegistryUrl() {
        AvroSerializer unconfigured = new AvroSerializer();

        assertThatThrownBy(() -> unconfigured.configure(Map.of(), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url is required");
    }

    @Test
    void refusesToStartWithASubjectNameStrategyItDoesNotKnowNamingTheOnesItDoes() {
        AvroSerializer unconfigured = new AvroSerializer();

        Map<String, Object> topicName = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:1",
                AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, "io.confluent.kafka.serializers.subject.TopicNameStrategy");

        assertThatThrownBy(() -> unconfigured.configure(topicName, false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("value.subject.name.strategy")
                .hasMessageContaining("TopicNameStrategy")
                .hasMessageContaining("io.confluent.kafka.serializers.subject.RecordNameStrategy");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
