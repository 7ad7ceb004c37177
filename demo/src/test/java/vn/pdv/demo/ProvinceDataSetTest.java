package vn.pdv.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.dataset.DataSet;
import vn.pdv.dataset.Shape;
import vn.pdv.stack.InProcessServices;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.TestStack;
import vn.pdv.stack.TestStackInitializer;
import vn.pdv.stack.Tokens;

/**
 * The demo's {@code -Dpdv.demo.dataset=province}, on a small generated province: written onto the topic once (a
 * restart finds it there), and once the aggregator has applied it, the reorganisation given through its API, so that
 * the province answers with its merged communes.
 */
class ProvinceDataSetTest {

    private final InProcessServices services = new InProcessServices();

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void writesTheProvinceOnceAndGivesTheReorganisationOnceTheAggregatorHasAppliedIt(@TempDir Path dataDir)
            throws Exception {
        String code = "DM" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        DataSet small = DataSet.province(code, Shape.small(), 1);
        ProvinceDataSet province = new ProvinceDataSet(small, dataDir);
        province.writeOnto(TestStack.kafkaBootstrapServers(), TestStack.schemaRegistryUrl());
        List<Path> notes = listed(dataDir);
        assertThat(notes).hasSize(1);
        String noted = Files.readString(notes.getFirst());
        assertThat(noted).contains(code + "=").contains(code + "-H01=").contains(code + "-C001=");

        // A restart: the note says the province is there, nothing is written again.
        new ProvinceDataSet(small, dataDir).writeOnto(TestStack.kafkaBootstrapServers(), TestStack.schemaRegistryUrl());
        assertThat(Files.readString(notes.getFirst())).isEqualTo(noted);

        int port = InProcessServices.port(services.start(AggregatorApplication.builder(), Stream.concat(
                TestStackInitializer.properties("demo-province-" + UUID.randomUUID()).stream(),
                Stream.of("pdv.aggregator.group-id=demo-province-" + UUID.randomUUID())).toList()));
        Thread staff = province.whenApplied("http://127.0.0.1:" + port, () -> Tokens.of("province.admin"));
        staff.join(Duration.ofMinutes(5));
        assertThat(listed(dataDir)).hasSize(2);

        JsonApi aggregator = new JsonApi(port).as("province.admin");
        String merged = small.province(code).communes().getFirst().value();
        JsonApi.Answer commune = aggregator.get("/api/hierarchy/" + merged + "?on=2025-07-01");
        assertThat(commune.<List<String>>read("$.predecessors")).isNotEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> aggregator.get("/api/progress/" + code + "/2025")
                .<Integer>read("$.admissions.actual") > 0);
    }

    private static List<Path> listed(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
