package vn.pdv.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.pdv.events.SourceCreated;
import vn.pdv.schemas.Topics;

class RegistryCachingTest {

    private final FakeSchemaRegistry registry = FakeSchemaRegistry.start();

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void asksTheRegistryOnlyForTheFirstRecordOfASchema() {
        try (SchemaRegistryClient client = registry.newClient()) {
            AvroSerializer serializer = new AvroSerializer(client, true);

            byte[] first = serializer.serialize(Topics.UNIT_EVENTS, Events.aSourceCreated());
            byte[] second = serializer.serialize(Topics.UNIT_EVENTS, Events.aSourceCreated());

            assertThat(second).isEqualTo(first);
            assertThat(registry.requests()).hasSize(1);
        }
    }

    @Test
    void fetchesAWriterSchemaOnceForManyRecords() {
        int id = registry.preRegister("pdv.unit-events-vn.pdv.events.SourceCreated", SourceCreated.getClassSchema());
        byte[] bytes = AvroBytes.confluentFramed(id, Events.aSourceCreated());
        try (SchemaRegistryClient client = registry.newClient()) {
            AvroDeserializer deserializer = new AvroDeserializer(client);

            deserializer.deserialize(Topics.UNIT_EVENTS, bytes);
            deserializer.deserialize(Topics.UNIT_EVENTS, bytes);

            assertThat(registry.requests()).containsExactly("GET /schemas/ids/" + id);
        }
    }

    @Test
    void needsNoFetchToReadWhatTheSameClientRegistered() {
        try (SchemaRegistryClient client = registry.newClient()) {
            byte[] bytes = new AvroSerializer(client, true).serialize(Topics.UNIT_EVENTS, Events.aQuotaAssigned());

            new AvroDeserializer(client).deserialize(Topics.UNIT_EVENTS, bytes);

            assertThat(registry.requests()).noneMatch(request -> request.startsWith("GET"));
        }
    }

    @Test
    void sharedByManyThreadsGivesEveryRecordTheSameId() throws Exception {
        try (SchemaRegistryClient client = registry.newClient();
             ExecutorService threads = Executors.newFixedThreadPool(8)) {
            AvroSerializer serializer = new AvroSerializer(client, true);
            Callable<Integer> serializeOne = () ->
                    WireFormat.schemaId(Topics.UNIT_EVENTS, serializer.serialize(Topics.UNIT_EVENTS, Events.aSourceCreated()));

            List<Future<Integer>> ids = threads.invokeAll(IntStream.range(0, 400).mapToObj(i -> serializeOne).toList());

            assertThat(ids).extracting(Future::get).containsOnly(1);
            assertThat(registry.requests()).hasSizeBetween(1, 8);
        }
    }
}
