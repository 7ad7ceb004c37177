package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.stack.ConfluentApi.idIn;
import static vn.pdv.stack.LocalSchemaRegistryTest.CANDIDATE_V1;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSchemaRegistryInKafkaTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsSchemasAndTheirIdsAcrossARestartWhenStoredInKafka() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(dataDir.resolve("kafka"), FreePorts.any())) {
            LocalSchemaRegistry.Storage inKafka = LocalSchemaRegistry.Storage.kafkaSql(kafka.bootstrapServers());
            int id;
            try (LocalSchemaRegistry registry = LocalSchemaRegistry.start(dataDir.resolve("registry"), FreePorts.any(), inKafka)) {
                id = idIn(new ConfluentApi(registry.confluentApiUrl()).register("candidates-value", CANDIDATE_V1));
            }

            try (LocalSchemaRegistry restarted = LocalSchemaRegistry.start(dataDir.resolve("registry"), FreePorts.any(), inKafka)) {
                ConfluentApi api = new ConfluentApi(restarted.confluentApiUrl());
                HttpResponse<String> byId = api.schemaById(id);

                assertThat(byId.statusCode()).as(byId.body()).isEqualTo(200);
                assertThat(byId.body()).contains("Candidate");
                assertThat(api.get("/subjects").body()).contains("candidates-value");
                assertThat(idIn(api.register("candidates-value", CANDIDATE_V1))).isEqualTo(id);
            }
        }
    }
}
