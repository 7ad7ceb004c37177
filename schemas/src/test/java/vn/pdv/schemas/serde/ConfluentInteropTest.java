package vn.pdv.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import vn.pdv.events.PeriodKind;
import vn.pdv.events.QuotaAssigned;
import vn.pdv.events.QuotaMetric;
import vn.pdv.schemas.Topics;

/**
 * Bytes cross between this serde and what a Confluent client does, built here with nothing but plain Avro and the
 * documented framing, so the two sides do not share code with the serde under test.
 */
class ConfluentInteropTest {

    static final List<SpecificRecord> EVERY_EVENT_TYPE = Events.everyEventType();

    private final FakeSchemaRegistry registry = FakeSchemaRegistry.start();
    private final SchemaRegistryClient client = registry.newClient();

    @AfterEach
    void stop() {
        client.close();
        registry.close();
    }

    @Test
    void readsAGenericRecordFramedTheWayConfluentsSerializerFramesIt() {
        Schema schema = QuotaAssigned.getClassSchema();
        GenericRecord quota = new GenericRecordBuilder(schema)
                .set("metadata", new GenericRecordBuilder(schema.getField("metadata").schema())
                        .set("eventId", "e-1").set("unitCode", "DU-XA-TAN-AN").set("sequence", 9L)
                        .set("occurredAt", 1_711_441_800_123L).set("recordedAt", 1_711_505_742_456L).build())
                .set("issuingUnitCode", "DU-XA-TAN-AN")
                .set("targetUnitCode", "CB-THON-3")
                .set("plan", new GenericRecordBuilder(schema.getField("plan").schema())
                        .set("number", "104-KH/ĐUK").build())
                .set("period", new GenericRecordBuilder(schema.getField("period").schema())
                        .set("kind", new GenericData.EnumSymbol(PeriodKind.getClassSchema(), "YEAR"))
                        .set("year", 2024).build())
                .set("metric", new GenericData.EnumSymbol(QuotaMetric.getClassSchema(), "SOURCES"))
                .set("target", 30)
                .set("breakdown", Map.of("YOUTH_UNION", 18))
                .build();
        int id = registry.preRegister("pdv.unit-events-vn.pdv.events.QuotaAssigned", schema);

        Object read = new AvroDeserializer(client).deserialize(Topics.UNIT_EVENTS, AvroBytes.confluentFramed(id, quota));

        QuotaAssigned assigned = (QuotaAssigned) read;
        assertThat(assigned.getMetadata().getOccurredAt()).hasToString("2024-03-26T08:30:00.123Z");
        assertThat(assigned.getPlan().getIssuedOn()).isNull();
        assertThat(assigned.getPeriod().getKind()).isEqualTo(PeriodKind.YEAR);
        assertThat(assigned.getMetric()).isEqualTo(QuotaMetric.SOURCES);
        assertThat(assigned.getTarget()).isEqualTo(30);
        assertThat(assigned.getBreakdown()).containsExactly(Map.entry("YOUTH_UNION", 18));
    }

    @ParameterizedTest
    @FieldSource("EVERY_EVENT_TYPE")
    void writesABodyThatAPlainGenericReaderDecodesAfterTheFiveByteHeader(SpecificRecord event) {
        byte[] bytes = new AvroSerializer(client, true).serialize(Topics.UNIT_EVENTS, event);
        byte[] body = Arrays.copyOfRange(bytes, 5, bytes.length);
        Schema registered = registeredSchemaNamedIn(bytes);

        GenericRecord decoded = AvroBytes.decode(body, registered);

        assertThat(decoded).isEqualTo(AvroBytes.asGeneric(event, registered));
        assertThat(((GenericRecord) decoded.get("metadata")).get("unitCode")).hasToString(Events.UNIT);
        assertThat(decoded.getSchema().getFullName()).isEqualTo(event.getSchema().getFullName());
    }

    @Test
    void readsDatesAsTheDaysSinceTheEpochLikeAnyAvroReader() {
        byte[] bytes = new AvroSerializer(client, true).serialize(Topics.UNIT_EVENTS, Events.aUnitRegistered());

        GenericRecord decoded = AvroBytes.decode(Arrays.copyOfRange(bytes, 5, bytes.length), registeredSchemaNamedIn(bytes));

        assertThat(decoded.get("effectiveFrom")).isEqualTo((int) LocalDate.of(2020, 1, 1).toEpochDay());
    }

    /** What a reader with no generated classes gets: the registry's copy, not the class's own schema. */
    private Schema registeredSchemaNamedIn(byte[] bytes) {
        return new Schema.Parser().parse(registry.schemaText(ByteBuffer.wrap(bytes, 1, 4).getInt()));
    }
}
