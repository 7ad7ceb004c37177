package vn.pdv.demo.aggregator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.stack.InProcessServices;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.TestStackInitializer;

/**
 * Two aggregator instances in one consumer group share the topic's partitions and give one view, across a rebalance
 * each way; and a rebuild from the topic into empty projections gives the same documents, field by field.
 */
class ScaleOutTest {

    private static final Duration CATCH_UP = Duration.ofMinutes(2);

    private final InProcessServices services = new InProcessServices();
    private final String group = "scale-out-" + UUID.randomUUID();

    @AfterEach
    void stopInstances() {
        services.close();
    }

    @Test
    void twoInstancesInOneGroupShareThePartitionsAndEveryFigureIsExactAcrossRebalancesEachWay() {
        String database = "scale-out-" + UUID.randomUUID();
        try (CommitteeLogs logs = new CommitteeLogs("SO", 12, 300)) {
            logs.playNext(0.3);
            ConfigurableApplicationContext first = aggregator(database, group);
            JsonApi firstApi = InProcessServices.api(first).as("province.admin");
            await().atMost(CATCH_UP).until(() -> applied(firstApi, logs) > 0);

            // Mid-stream, a second instance joins the group: the partitions are shared out again.
            logs.playNext(0.3);
            ConfigurableApplicationContext second = aggregator(database, group);
            JsonApi secondApi = InProcessServices.api(second).as("province.admin");
            await().atMost(CATCH_UP).until(() -> !assigned(first).isEmpty() && !assigned(second).isEmpty()
                    && assigned(first).size() + assigned(second).size() == 6);
            assertThat(assigned(first)).doesNotContainAnyElementsOf(assigned(second));

            logs.playNext(0.2);
            await().atMost(CATCH_UP).until(() -> applied(firstApi, logs) == logs.played());
            // Either instance answers for every committee, whichever partition holds it: one view.
            for (String committee : logs.committees()) {
                String path = "/api/progress/" + committee + "/2024";
                assertThat(secondApi.get(path).body()).isEqualTo(firstApi.get(path).body());
            }

            // Mid-stream again, the first instance leaves: the second takes all partitions over.
            logs.playAll();
            first.close();
            await().atMost(CATCH_UP).until(() -> assigned(second).size() == 6);
            await().atMost(CATCH_UP).until(() -> Projections.caughtUp(secondApi, logs));

            Projections.assertExact(secondApi, logs);
        }
    }

    @Test
    void aReplayOfTheWholeTopicIntoEmptyProjectionsGivesTheSameDocumentsFieldByField() {
        String original = "replay-original-" + UUID.randomUUID();
        String rebuilt = "replay-rebuilt-" + UUID.randomUUID();
        try (CommitteeLogs logs = new CommitteeLogs("RP", 6, 300)) {
            logs.playAll();
            JsonApi before = InProcessServices.api(aggregator(original, group)).as("province.admin");
            await().atMost(CATCH_UP).until(() -> Projections.caughtUp(before, logs));
            Projections.assertExact(before, logs);
            Map<String, Map<Object, Document>> snapshot = Projections.documents(original, logs.committees());

            // Empty projections and a new group: everything is read again from the beginning of the topic.
            JsonApi after = InProcessServices.api(aggregator(rebuilt, "replay-" + UUID.randomUUID())).as("province.admin");
            await().atMost(CATCH_UP).until(() -> Projections.caughtUp(after, logs));

            Map<String, Map<Object, Document>> replayed = Projections.documents(rebuilt, logs.committees());
            assertThat(snapshot.get("tallies")).hasSizeGreaterThan(100);
            assertThat(snapshot.get("candidate_stages")).hasSize(6 * 300);
            assertThat(replayed).isEqualTo(snapshot);
            for (String committee : logs.committees()) {
                String path = "/api/progress/" + committee + "/2024";
                assertThat(after.get(path).body()).isEqualTo(before.get(path).body());
                assertThat(after.get("/api/logs/" + committee).body())
                        .isEqualTo(before.get("/api/logs/" + committee).body());
            }
        }
    }

    private ConfigurableApplicationContext aggregator(String database, String groupId) {
        return services.start(AggregatorApplication.builder(), Stream.concat(
                TestStackInitializer.properties(database).stream(),
                Stream.of("pdv.aggregator.group-id=" + groupId)).toList());
    }

    private static List<TopicPartition> assigned(ConfigurableApplicationContext aggregator) {
        MessageListenerContainer container = aggregator.getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer("unit-events");
        return container.getAssignedPartitions() == null ? List.of() : List.copyOf(container.getAssignedPartitions());
    }

    /** Events noted across these logs, as one instance's completeness view shows them. */
    private static long applied(JsonApi aggregator, CommitteeLogs logs) {
        return logs.committees().stream().mapToLong(committee -> Projections.noted(aggregator, committee)).sum();
    }

}
