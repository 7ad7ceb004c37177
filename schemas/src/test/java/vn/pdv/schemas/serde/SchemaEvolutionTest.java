package vn.pdv.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.pdv.events.CandidateAdmitted;
import vn.pdv.events.IntroducingOrganisation;
import vn.pdv.events.SourceCreated;
import vn.pdv.schemas.Topics;

/** Records written with another version of a schema than the one compiled in still decode into the current class. */
class SchemaEvolutionTest {

    private final FakeSchemaRegistry registry = FakeSchemaRegistry.start();
    private final SchemaRegistryClient client = registry.newClient();
    private final AvroDeserializer deserializer = new AvroDeserializer(client);

    @AfterEach
    void stop() {
        client.close();
        registry.close();
    }

    @Test
    void readsANewerWriterWithAnExtraFieldIntoTheCurrentClass() {
        Schema newer = withField(SourceCreated.getClassSchema(),
                new Schema.Field("remarks", Schema.create(Schema.Type.STRING), null, ""));
        GenericRecord written = AvroBytes.asGeneric(Events.aSourceCreated(), newer);
        written.put("remarks", "introduced at the March youth union congress");

        Object read = deserializer.deserialize(Topics.UNIT_EVENTS, framed(newer, written));

        assertThat(read).isEqualTo(Events.aSourceCreated());
    }

    @Test
    void givesAFieldAnOlderWriterDidNotHaveItsDefault() {
        Schema older = withoutField(CandidateAdmitted.getClassSchema(), "readmission");
        GenericRecord written = AvroBytes.asGeneric(Events.aCandidateAdmitted(), older);

        Object read = deserializer.deserialize(Topics.UNIT_EVENTS, framed(older, written));

        assertThat(read).isInstanceOf(CandidateAdmitted.class)
                .isEqualTo(CandidateAdmitted.newBuilder(Events.aCandidateAdmitted()).setReadmission(false).build());
    }

    @Test
    void readsAnEventWrittenBeforeTheActorWasAddedWithNoActor() {
        Schema older = Events.beforeTheActor(SourceCreated.getClassSchema());
        GenericRecord written = AvroBytes.asGeneric(Events.aSourceCreated(), older);

        Object read = deserializer.deserialize(Topics.UNIT_EVENTS, framed(older, written));

        assertThat(((SourceCreated) read).getMetadata().getActor()).isNull();
        assertThat(((SourceCreated) read).getMetadata().getSequence()).isEqualTo(Events.aSourceCreated().getMetadata().getSequence());
    }

    @Test
    void letsAReaderBuiltBeforeTheActorReadANewEventIgnoringIt() {
        Schema older = Events.beforeTheActor(SourceCreated.getClassSchema());

        GenericRecord read = AvroBytes.asGeneric(Events.aSourceCreated(), older);

        assertThat(((GenericRecord) read.get("metadata")).hasField("actor")).isFalse();
        assertThat(read.get("candidateId")).hasToString(Events.aSourceCreated().getCandidateId());
    }

    @Test
    void readsAStepWrittenBeforeFindingsExistedWithNone() {
        Schema older = Events.beforeTheFindings(CandidateAdmitted.getClassSchema());
        GenericRecord written = AvroBytes.asGeneric(Events.aCandidateAdmitted(), older);

        Object read = deserializer.deserialize(Topics.UNIT_EVENTS, framed(older, written));

        assertThat(((CandidateAdmitted) read).getFindings()).isEmpty();
        assertThat(((CandidateAdmitted) read).getAdmittedOn()).isEqualTo(Events.aCandidateAdmitted().getAdmittedOn());
    }

    @Test
    void letsAReaderBuiltBeforeFindingsReadALateStepIgnoringThem() {
        Schema older = Events.beforeTheFindings(CandidateAdmitted.getClassSchema());

        GenericRecord read = AvroBytes.asGeneric(Events.aLateCandidateAdmitted(), older);

        assertThat(read.hasField("findings")).isFalse();
        assertThat(read.get("candidateId")).hasToString(Events.aLateCandidateAdmitted().getCandidateId());
    }

    @Test
    void readsAnEnumSymbolTheClassDoesNotKnowAsTheEnumsDefault() {
        Schema newer = new Schema.Parser().parse(SourceCreated.getClassSchema().toString()
                .replace("\"CIVIL_DEFENCE\"]", "\"CIVIL_DEFENCE\",\"ELDERS_ASSOCIATION\"]"));
        GenericRecord written = AvroBytes.asGeneric(Events.aSourceCreated(), newer);
        Schema organisations = newer.getField("introducedBy").schema();
        written.put("introducedBy", new GenericData.EnumSymbol(organisations, "ELDERS_ASSOCIATION"));

        Object read = deserializer.deserialize(Topics.UNIT_EVENTS, framed(newer, written));

        assertThat(((SourceCreated) read).getIntroducedBy()).isEqualTo(IntroducingOrganisation.OTHER);
    }

    @Test
    void readsARecordWithNoGeneratedClassAsAGenericRecord() {
        Schema note = Schema.createRecord("Note", null, "vn.pdv.elsewhere", false,
                List.of(new Schema.Field("text", Schema.create(Schema.Type.STRING))));
        GenericRecord written = new GenericRecordBuilder(note).set("text", "xin chào").build();

        Object read = deserializer.deserialize(Topics.UNIT_EVENTS, framed(note, written));

        assertThat(read).isInstanceOf(GenericRecord.class);
        assertThat(((GenericRecord) read).get("text")).hasToString("xin chào");
    }

    private byte[] framed(Schema writer, GenericRecord record) {
        int id = registry.preRegister(SubjectNames.topicRecordName(Topics.UNIT_EVENTS, writer), writer);
        return AvroBytes.confluentFramed(id, record);
    }

    private static Schema withField(Schema schema, Schema.Field extra) {
        List<Schema.Field> fields = copies(schema.getFields());
        fields.add(extra);
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    private static Schema withoutField(Schema schema, String name) {
        List<Schema.Field> fields = copies(schema.getFields());
        fields.removeIf(field -> field.name().equals(name));
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    private static List<Schema.Field> copies(List<Schema.Field> fields) {
        List<Schema.Field> copies = new ArrayList<>();
        fields.forEach(field -> copies.add(new Schema.Field(field, field.schema())));
        return copies;
    }
}
