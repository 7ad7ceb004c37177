package vn.pdv.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import vn.pdv.events.SourceCreated;
import vn.pdv.schemas.Topics;

class AvroSerdeRoundTripTest {

    static final List<SpecificRecord> EVERY_EVENT_TYPE = Events.everyEventType();

    private final FakeSchemaRegistry registry = FakeSchemaRegistry.start();
    private final SchemaRegistryClient client = registry.newClient();
    private final AvroSerializer serializer = new AvroSerializer(client, true);
    private final AvroDeserializer deserializer = new AvroDeserializer(client);

    @AfterEach
    void stop() {
        client.close();
        registry.close();
    }

    @ParameterizedTest
    @FieldSource("EVERY_EVENT_TYPE")
    void readsEveryEventTypeBackAsItsGeneratedClass(SpecificRecord event) {
        byte[] bytes = serializer.serialize(Topics.UNIT_EVENTS, event);

        assertThat(deserializer.deserialize(Topics.UNIT_EVENTS, bytes))
                .isInstanceOf(event.getClass())
                .isEqualTo(event);
    }

    @Test
    void registersEachEventTypeUnderItsOwnTopicAndRecordNameSubject() {
        EVERY_EVENT_TYPE.forEach(event -> serializer.serialize(Topics.UNIT_EVENTS, event));

        assertThat(registry.subjects()).containsExactlyInAnyOrder(
                "pdv.unit-events-vn.pdv.events.UnitRegistered",
                "pdv.unit-events-vn.pdv.events.SourceCreated",
                "pdv.unit-events-vn.pdv.events.CandidateAdmitted",
                "pdv.unit-events-vn.pdv.events.QuotaAssigned",
                "pdv.unit-events-vn.pdv.events.StepCorrected",
                "pdv.unit-events-vn.pdv.events.StepVoided",
                "pdv.unit-events-vn.pdv.events.CandidateTransferredIn");
    }

    @Test
    void readsAnAlertBackFromTheAlertsTopicUnderItsOwnSubject() {
        byte[] bytes = serializer.serialize(Topics.alertsFor("DUK-01"), Events.anAlertRaised());

        assertThat(deserializer.deserialize(Topics.alertsFor("DUK-01"), bytes)).isEqualTo(Events.anAlertRaised());
        assertThat(registry.subjects()).containsExactly("pdv.alerts.DUK-01-vn.pdv.events.AlertRaised");
    }

    @Test
    void writesAndReadsNullAsATombstone() {
        assertThat(serializer.serialize(Topics.UNIT_EVENTS, null)).isNull();
        assertThat(deserializer.deserialize(Topics.UNIT_EVENTS, null)).isNull();
    }

    @Test
    void worksWhenKafkaCreatesAndConfiguresItFromClientProperties() {
        Map<String, Object> properties = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url().toString(),
                "bootstrap.servers", "ignored:9092");
        try (AvroSerializer configuredSerializer = new AvroSerializer();
             AvroDeserializer configuredDeserializer = new AvroDeserializer()) {
            configuredSerializer.configure(properties, false);
            configuredDeserializer.configure(properties, false);

            byte[] bytes = configuredSerializer.serialize(Topics.UNIT_EVENTS, Events.aSourceCreated());

            assertThat(configuredDeserializer.deserialize(Topics.UNIT_EVENTS, bytes)).isEqualTo(Events.aSourceCreated());
        }
    }

    @Test
    void onlyLooksTheSchemaUpUnderItsSubjectWhenAutoRegisterIsOff() {
        String subject = "pdv.unit-events-vn.pdv.events.SourceCreated";
        int id = registry.preRegister(subject, SourceCreated.getClassSchema());
        Map<String, Object> properties = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url().toString(),
                AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "false");
        try (AvroSerializer lookingUp = new AvroSerializer()) {
            lookingUp.configure(properties, false);

            byte[] bytes = lookingUp.serialize(Topics.UNIT_EVENTS, Events.aSourceCreated());

            assertThat(WireFormat.schemaId(Topics.UNIT_EVENTS, bytes)).isEqualTo(id);
            assertThat(registry.requests()).containsExactly("POST /subjects/" + subject);
        }
    }

    @Test
    void registersEveryCommitteesAlertsUnderOneSubjectByRecordName() {
        String confluentsRecordNameStrategy = "io.confluent.kafka.serializers.subject.RecordNameStrategy";
        Map<String, Object> properties = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url().toString(),
                AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, confluentsRecordNameStrategy);
        try (AvroSerializer byRecordName = new AvroSerializer()) {
            byRecordName.configure(properties, false);

            byte[] toDuk01 = byRecordName.serialize(Topics.alertsFor("DUK-01"), Events.anAlertRaised());
            byte[] toDuk26 = byRecordName.serialize(Topics.alertsFor("DUK-26"), Events.anAlertRaised());

            assertThat(registry.subjects()).containsExactly("vn.pdv.events.AlertRaised");
            assertThat(WireFormat.schemaId(Topics.alertsFor("DUK-26"), toDuk26))
                    .isEqualTo(WireFormat.schemaId(Topics.alertsFor("DUK-01"), toDuk01));
            assertThat(deserializer.deserialize(Topics.alertsFor("DUK-26"), toDuk26)).isEqualTo(Events.anAlertRaised());
        }
    }
}
