package vn.pdv.unit.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.pdv.unit.Fixtures.asSecretary;
import static vn.pdv.unit.Fixtures.registeredCommitteeAndBranch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.events.AlertRaised;
import vn.pdv.events.FulfilmentStatus;
import vn.pdv.schemas.Topics;
import vn.pdv.stack.InProcessServices;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.RegistryThatGoesDown;
import vn.pdv.stack.TestStack;
import vn.pdv.stack.TestStackInitializer;
import vn.pdv.stack.TopicContents;
import vn.pdv.unit.UnitServiceApplication;
import vn.pdv.unit.UnitServiceTest;

/**
 * The alert inbox subscribed to the real broker: alerts written through the real schema registry reach committee
 * DUK-01's inbox once each, alerts for other committees and unreadable records do not, and staff acknowledge them. An
 * alert that arrives while the registry is down is not unreadable: it is kept once the registry answers.
 */
@UnitServiceTest
class AlertSubscriptionTest {

    /** The test committee's (DUK-01) own alerts topic, where the aggregator puts what is addressed to it. */
    static final String OWN_TOPIC = Topics.alertsFor("DUK-01");

    static final String GROUP = "pdv-unit-alerts-DUK-01";

    @LocalServerPort
    int port;

    @Test
    void keepsEachAlertForThisCommitteeOnceSkipsOthersAndGarbageAndLetsStaffAcknowledgeThem() throws Exception {
        JsonApi api = registeredCommitteeAndBranch(port);
        String older = "alert-" + UUID.randomUUID();
        String newer = "alert-" + UUID.randomUUID();
        String elsewhere = "alert-" + UUID.randomUUID();
        AlertRaised committeeAtRisk = AlertFixture.anAlert(older, "DUK-01", List.of("DUK-01", "DUK"), FulfilmentStatus.AT_RISK,
                Instant.parse("2024-09-01T01:00:00Z"));
        AlertRaised branchLagging = AlertFixture.anAlert(newer, "DUK-01-KN", List.of("DUK-01-KN", "DUK-01", "DUK"),
                FulfilmentStatus.LAGGING, Instant.parse("2024-09-30T01:00:00Z"));
        AlertRaised otherCommittee = AlertFixture.anAlert(elsewhere, "DUK-02-X", List.of("DUK-02-X", "DUK-02", "DUK"),
                FulfilmentStatus.LAGGING, Instant.parse("2024-09-30T02:00:00Z"));

        AlertFixture.publish(
                new ProducerRecord<>(OWN_TOPIC, "DUK-01", AlertFixture.serialized(committeeAtRisk)),
                // Same key as the next alert, so on the same partition before it: consumption must go on past it.
                new ProducerRecord<>(OWN_TOPIC, "DUK-01-KN", "not an alert".getBytes(StandardCharsets.UTF_8)),
                new ProducerRecord<>(OWN_TOPIC, "DUK-01-KN", AlertFixture.serialized(branchLagging)),
                new ProducerRecord<>(OWN_TOPIC, "DUK-02-X", AlertFixture.serialized(otherCommittee)),
                new ProducerRecord<>(OWN_TOPIC, "DUK-01", AlertFixture.serialized(committeeAtRisk)));

        // The module's tests share one committee and so one inbox: look at this test's alerts only.
        List<String> ours = List.of(newer, older, elsewhere);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(api.get("/api/alerts").<List<String>>read("$[*].id")).filteredOn(ours::contains)
                        .containsExactly(newer, older));
        await().atMost(Duration.ofSeconds(30)).until(this::consumedEverythingOnTheTopic);

        var all = api.get("/api/alerts");
        assertThat(all.<List<String>>read("$[*].id")).filteredOn(ours::contains).containsExactly(newer, older);
        String first = "$[?(@.id == '" + newer + "')]";
        assertThat(all.<List<String>>read(first + ".unitCode")).containsExactly("DUK-01-KN");
        assertThat(all.<List<String>>read(first + ".status")).containsExactly("LAGGING");
        assertThat(all.<List<String>>read(first + ".previousStatus")).containsExactly("AT_RISK");
        assertThat(all.<List<String>>read(first + ".message")).containsExactly("Chậm tiến độ kết nạp đảng viên năm 2024: 9/20 (45,0%).");
        assertThat(all.<List<String>>read(first + ".messageEn")).containsExactly("Lagging on 2024 admissions: 9/20 (45.0%).");
        assertThat(all.<List<Integer>>read(first + ".quota")).containsExactly(20);
        assertThat(all.<List<Double>>read(first + ".percentOfPlan")).containsExactly(45.0);
        assertThat(all.<List<Object>>read(first + ".acknowledgedAt")).containsOnlyNulls();

        var acknowledged = api.post("/api/alerts/" + newer + "/acknowledgement", Map.of("by", "Lê Văn Tám"));
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.<String>read("$.id")).isEqualTo(newer);
        assertThat(acknowledged.<String>read("$.acknowledgedBy")).isEqualTo("Lê Văn Tám");
        assertThat(acknowledged.<String>read("$.acknowledgedAt")).isNotBlank();
        assertThat(api.get("/api/alerts?unacknowledged=true").<List<String>>read("$[*].id")).filteredOn(ours::contains)
                .containsExactly(older);
        assertThat(api.get("/api/alerts").<List<String>>read("$[*].id")).filteredOn(ours::contains)
                .containsExactly(newer, older);
    }

    @Test
    void acknowledgingAnUnknownAlertIsNotFound() {
        var answer = asSecretary(port).post("/api/alerts/no-such-alert/acknowledgement", Map.of("by", "Lê Văn Tám"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.<String>read("$.type")).isEqualTo("urn:pdv:problem:not-found");
    }

    @Test
    void anAcknowledgementWithoutWhoIsRefusedNamingTheField() {
        var answer = asSecretary(port).post("/api/alerts/no-such-alert/acknowledgement", Map.of("by", "  "));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.<String>read("$.type")).isEqualTo("urn:pdv:problem:invalid-request");
        assertThat(answer.<String>read("$.errors[0].field")).isEqualTo("by");
        assertThat(answer.<String>read("$.errors[0].rule")).isEqualTo("NotBlank");
    }

    @Test
    void anAlertPublishedWhileTheSchemaRegistryIsDownIsKeptOnceItAnswersNotSkipped() {
        String id = "alert-" + UUID.randomUUID();
        AlertFixture.publish(AlertFixture.anAlert(id, "DUK-01", List.of("DUK-01", "DUK"), FulfilmentStatus.AT_RISK,
                Instant.parse("2024-10-01T01:00:00Z")));
        try (InProcessServices second = new InProcessServices();
             RegistryThatGoesDown registry = new RegistryThatGoesDown(TestStack.schemaRegistryUrl())) {
            // A second unit service of the committee, with a store and an alerts group of its own, reading the
            // registry only through the door that is shut. It records nothing, so its relay publishes nothing.
            var service = second.start(new SpringApplicationBuilder(UnitServiceApplication.class), Stream.concat(
                    TestStackInitializer.properties("alerts-outage-" + UUID.randomUUID()).stream()
                            .filter(property -> !property.startsWith("pdv.schema-registry.url=")), Stream.of(
                            "pdv.schema-registry.url=" + registry.url(),
                            "spring.config.name=" + UnitServiceApplication.CONFIG_NAME,
                            "pdv.committee.code=DUK-01",
                            "pdv.alerts.group-id=alerts-outage-" + UUID.randomUUID())).toList());
            JsonApi api = asSecretary(InProcessServices.port(service));

            await().atMost(Duration.ofSeconds(60)).until(() -> registry.fetchesTurnedAway() >= 2);
            assertThat(api.get("/api/alerts").<List<String>>read("$[*].id")).doesNotContain(id);

            registry.comeBack();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(api.get("/api/alerts").<List<String>>read("$[*].id")).contains(id));
        }
    }

    /** The committee's consumer group has committed every partition of the topic up to its end. */
    private boolean consumedEverythingOnTheTopic() throws Exception {
        Map<TopicPartition, Long> ends = TopicContents.endOffsets(TestStack.kafkaBootstrapServers(), OWN_TOPIC);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestStack.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
            return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                    || committed.containsKey(end.getKey()) && committed.get(end.getKey()).offset() >= end.getValue());
        }
    }
}
