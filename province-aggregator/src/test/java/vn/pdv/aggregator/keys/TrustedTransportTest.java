package vn.pdv.aggregator.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.signing.Ed25519Keys;
import vn.pdv.schemas.signing.EventSigner;
import vn.pdv.schemas.signing.LocalStackKeys;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.TestStack;
import vn.pdv.stack.TopicContents;

/**
 * Against the real broker: each record the aggregator must not trust lands on the dead-letter topic with its reason,
 * raises an alert to the province, and changes no collection but the alerts; consumption goes on.
 */
@AggregatorTest
class TrustedTransportTest {

    private static final LocalDate MAY_19 = LocalDate.of(2024, 5, 19);
    /** The alert machinery's own: the refusal's alert is expected there, and statuses are judged on a timer. */
    private static final Set<String> ALERTING = Set.of("alerts", "alert-statuses");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    JsonApi api;
    UnitLog log;
    String root;

    @BeforeEach
    void openLogWithOneAdmission() {
        api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        log = new UnitLog();
        root = log.committee();
        log.send(log.registered(log.next(), root, null), log.registered(log.next(), log.unit("A"), root),
                log.admitted(log.next(), log.unit("A"), MAY_19, true));
        awaitApplied(3);
    }

    @AfterEach
    void closeLog() {
        log.close();
    }

    @Test
    void aRecordWithoutSignatureIsRefused() {
        refused("unsigned", () -> log.sendUnsigned(log.admitted(log.next(), log.unit("A"), MAY_19, true)));
    }

    @Test
    void aRecordSignedWithAnotherCommitteesKeyIsRefused() {
        log.signingWith(LocalStackKeys.signer("SOMEONE-ELSE"));
        refused("another-committees-key", () -> log.send(log.admitted(log.next(), log.unit("A"), MAY_19, true)));
    }

    @Test
    void aRecordWithOneByteChangedIsRefused() {
        // The last byte is the end of the reporting attributes: still decodes, no longer verifies.
        refused("bad-signature", () -> log.sendChanged(log.admitted(log.next(), log.unit("A"), MAY_19, true), -1));
    }

    @Test
    void aRecordReplayedFromAnotherCommitteesLogIsRefused() {
        try (UnitLog other = new UnitLog()) {
            other.send(other.registered(other.next(), other.committee(), null));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(lastSequence(api, other.committee())).isEqualTo(1));
            var theirs = other.signed(other.admitted(other.next(), other.committee(), MAY_19, true));
            // Their exact record, signature and all, put in this committee's log.
            refused("another-committees-key", () -> log.sendCopy(new org.apache.kafka.clients.producer.ProducerRecord<>(
                    theirs.topic(), null, root, theirs.value(), theirs.headers())));
        }
    }

    @Test
    void aRecordSignedWithAnUnknownKeyIsRefused() {
        log.signingWith(new EventSigner(root + "-never-registered", Ed25519Keys.generate().getPrivate()));
        refused("unknown-key", () -> log.send(log.admitted(log.next(), log.unit("A"), MAY_19, true)));
    }

    @Test
    void aRecordSignedWithARevokedKeyIsRefused() {
        var pair = Ed25519Keys.generate();
        register(root + "-1", root, Ed25519Keys.pem(pair.getPublic()), "2024-01-01", null);
        log.signingWith(new EventSigner(root + "-1", pair.getPrivate()));
        log.send(log.admitted(log.next(), log.unit("A"), MAY_19, true));
        awaitApplied(4);
        assertThat(api.post("/api/keys/" + root + "-1/revocation", Map.of("reason", "máy tính bị mất")).status())
                .isEqualTo(200);

        refused("revoked-key", () -> log.send(log.admitted(log.next(), log.unit("A"), MAY_19, true)));
    }

    @Test
    void aRecordSignedWithAKeyNotYetValidIsRefused() {
        var pair = Ed25519Keys.generate();
        register(root + "-next", root, Ed25519Keys.pem(pair.getPublic()), LocalDate.now().plusDays(30).toString(), null);
        log.signingWith(new EventSigner(root + "-next", pair.getPrivate()));
        refused("key-not-yet-valid", () -> log.send(log.admitted(log.next(), log.unit("A"), MAY_19, true)));
    }

    @Test
    void aCommitteeMovingAUnitOutOfAnotherCommitteesSubtreeIsRefused() {
        try (UnitLog other = new UnitLog()) {
            other.send(other.registered(other.next(), other.committee(), null),
                    other.registered(other.next(), other.unit("X"), other.committee()));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(lastSequence(api, other.committee())).isEqualTo(2));
            refused("outside-authority", () -> log.send(log.registered(log.next(), other.unit("X"), log.unit("A"))));
        }
    }

    @Test
    void aCommitteePlacingAUnitUnderAnotherCommitteeIsRefused() {
        try (UnitLog other = new UnitLog()) {
            other.send(other.registered(other.next(), other.committee(), null));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(lastSequence(api, other.committee())).isEqualTo(1));
            refused("outside-authority", () -> log.send(log.registered(log.next(), log.unit("NEW"), other.committee())));
        }
    }

    @Test
    void aCommitteeMovingItselfIsRefused() {
        try (UnitLog other = new UnitLog()) {
            other.send(other.registered(other.next(), other.committee(), null));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(lastSequence(api, other.committee())).isEqualTo(1));
            refused("outside-authority", () -> log.send(log.registered(log.next(), root, other.committee())));
        }
    }

    @Test
    void aCommitteeAssigningAQuotaOutsideItsSubtreeIsRefused() {
        try (UnitLog other = new UnitLog()) {
            other.send(other.registered(other.next(), other.committee(), null));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(lastSequence(api, other.committee())).isEqualTo(1));
            refused("outside-authority", () -> log.send(log.quota(log.next(), other.committee(), 2024, 20, 5)));
        }
    }

    @Test
    void aQuotaForACommuneWhoseOwnLogHasNotArrivedWaitsForItAndCountsOnceItHas() {
        try (UnitLog commune = new UnitLog()) {
            String code = commune.committee();
            log.send(log.quota(log.next(), code, 2024, 12, 4));
            awaitApplied(4);
            assertThat(waitingIn(root)).as("received, kept, not refused").containsExactly(code);
            assertThat(deadLettersKeyed(root)).isEmpty();

            commune.send(commune.registered(commune.next(), code, root));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(api.get("/api/progress/" + code + "/2024").<Integer>read("$.admissions.quota"))
                            .isEqualTo(12));
            assertThat(waitingIn(root)).isEmpty();
            assertThat(mongo.getCollection("waiting-events").countDocuments()).isZero();
        }
    }

    @Test
    void aWaitingQuotaForAUnitThatTurnsOutToBeAnotherCommitteesIsRefusedOnceThatIsKnown() {
        try (UnitLog other = new UnitLog(); UnitLog commune = new UnitLog()) {
            other.send(other.registered(other.next(), other.committee(), null));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(lastSequence(api, other.committee())).isEqualTo(1));
            log.send(log.quota(log.next(), commune.committee(), 2024, 12, 4));
            awaitApplied(4);
            assertThat(waitingIn(root)).containsExactly(commune.committee());

            commune.send(commune.registered(commune.next(), commune.committee(), other.committee()));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(deadLettersKeyed(root)).hasSize(1));
            assertThat(header(deadLettersKeyed(root).getFirst(), "pdv-refusal")).isEqualTo("outside-authority");
            assertThat(waitingIn(root)).isEmpty();
            assertThat(api.get("/api/progress/" + commune.committee() + "/2024").<Integer>read("$.admissions.quota"))
                    .as("no quota").isNull();
        }
    }

    @Test
    void aCommitteeAssignsQuotasAndOpensUnitsInsideItsOwnSubtree() {
        log.send(log.registered(log.next(), log.unit("A-1"), log.unit("A")),
                log.quota(log.next(), log.unit("A"), 2024, 10, 3),
                log.admitted(log.next(), log.unit("A-1"), MAY_19, true));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.get("/api/progress/" + log.unit("A") + "/2024").<Integer>read("$.admissions.quota"))
                    .isEqualTo(10);
            assertThat(api.get("/api/progress/" + root + "/2024").<Integer>read("$.admissions.actual")).isEqualTo(2);
        });
    }

    /**
     * Sends the record, then one sound admission after it: the refused record lands on the dead-letter topic with its
     * reason, an alert to the province says so, no collection but the alerts changed, and the admission after it
     * still counts.
     */
    private void refused(String reason, Runnable send) {
        Map<String, List<Document>> before = collections();
        long deadBefore = deadLettersKeyed(root).size();

        send.run();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(deadLettersKeyed(root)).hasSizeGreaterThan((int) deadBefore));
        ConsumerRecord<String, byte[]> dead = deadLettersKeyed(root).getLast();
        assertThat(header(dead, "pdv-refusal")).isEqualTo(reason);
        assertThat(header(dead, "pdv-dead-letter-reason")).startsWith(reason + ": ");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.UNIT_EVENTS);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/alerts?unit=" + root).<List<String>>read("$[?(@.kind == 'EVENT_REFUSED')].metric"))
                        .contains(reason));
        assertThat(collections()).as("every collection but the alerts, after the refusal").isEqualTo(before);

        // Consumption goes on past it: the log's next sound record counts (the refused one's place is a gap).
        log.signingWith(LocalStackKeys.signer(root));
        log.send(log.admitted(log.next(), log.unit("A"), MAY_19, true));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/progress/" + root + "/2024").<Integer>read("$.admissions.actual"))
                        .isGreaterThanOrEqualTo(2));
    }

    private void register(String keyId, String committee, String pem, String validFrom, String validUntil) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("keyId", keyId, "committee", committee,
                "publicKey", pem, "validFrom", validFrom));
        if (validUntil != null) {
            body.put("validUntil", validUntil);
        }
        var answer = api.post("/api/keys", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    private void awaitApplied(int lastSequence) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lastSequence(api, root)).isEqualTo(lastSequence));
    }

    /** Every collection's documents but the alerting ones, in a comparable order. */
    private Map<String, List<Document>> collections() {
        Map<String, List<Document>> all = new TreeMap<>();
        for (String name : mongo.getCollectionNames()) {
            if (!ALERTING.contains(name)) {
                List<Document> documents = new java.util.ArrayList<>(mongo.findAll(Document.class, name));
                documents.sort(java.util.Comparator.comparing(document -> String.valueOf(document.get("_id"))));
                all.put(name, documents);
            }
        }
        return all;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, byte[]>> deadLettersKeyed(String key) {
        return TopicContents.readToEnd(TestStack.kafkaBootstrapServers(), Topics.UNIT_EVENTS_DLT,
                new StringDeserializer(), new ByteArrayDeserializer()).stream()
                .filter(record -> key.equals(record.key())).toList();
    }

    /** The units the committee's events wait for, as {@code /api/logs} shows them. */
    private List<String> waitingIn(String committee) {
        return api.get("/api/logs/" + committee).read("$[?(@.log == '" + committee + "')].waiting[*].waitingFor");
    }

    /** The committee's last applied sequence, as the completeness view shows it; 0 before its first event. */
    static long lastSequence(JsonApi api, String committee) {
        var answer = api.get("/api/logs/" + committee);
        if (answer.status() != 200) {
            return 0;
        }
        List<Integer> last = answer.read("$[?(@.log == '" + committee + "')].lastSequence");
        return last.isEmpty() ? 0 : last.getFirst();
    }
}
