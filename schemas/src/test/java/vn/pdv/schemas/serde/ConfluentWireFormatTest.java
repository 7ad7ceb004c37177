package vn.pdv.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import vn.pdv.events.CandidateAdmitted;
import vn.pdv.schemas.Topics;

class ConfluentWireFormatTest {

    @Test
    void writesMagicByteZeroThenTheSchemaIdBigEndianThenThePlainAvroBody() {
        CandidateAdmitted event = Events.aCandidateAdmitted();
        try (FakeSchemaRegistry registry = FakeSchemaRegistry.startWithIdsFrom(0x01020304);
             SchemaRegistryClient client = registry.newClient()) {

            byte[] bytes = new AvroSerializer(client, true).serialize(Topics.UNIT_EVENTS, event);

            assertThat(bytes[0]).isZero();
            assertThat(Arrays.copyOfRange(bytes, 1, 5)).containsExactly(0x01, 0x02, 0x03, 0x04);
            assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).isEqualTo(AvroBytes.body(event));
        }
    }

    @Test
    void namesTheSubjectAfterTheTopicAndTheRecordFullName() {
        assertThat(SubjectNames.topicRecordName(Topics.UNIT_EVENTS, Events.aSourceCreated().getSchema()))
                .isEqualTo("pdv.unit-events-vn.pdv.events.SourceCreated");
    }
}
