package vn.pdv.aggregator.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.security.KeyPair;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.schemas.signing.Ed25519Keys;
import vn.pdv.schemas.signing.EventSigner;
import vn.pdv.stack.InProcessServices;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.TestStack;
import vn.pdv.stack.TestStackInitializer;

/**
 * A committee's key rotates in the middle of its stream; a second aggregator, given the province's key directory as
 * restored from the first, replays the whole topic from the start: every figure of the committee is the same, each
 * event verified by the key it was signed with.
 */
@AggregatorTest
class KeyRotationReplayTest {

    private static final LocalDate MAY_19 = LocalDate.of(2024, 5, 19);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aFullReplayAfterAKeyRotationGivesEveryFigureAgain() {
        JsonApi api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        try (UnitLog log = new UnitLog(); InProcessServices replay = new InProcessServices()) {
            String root = log.committee();
            KeyPair first = Ed25519Keys.generate();
            KeyPair second = Ed25519Keys.generate();
            register(api, root + "-2024", root, first, "2024-01-01");
            log.signingWith(new EventSigner(root + "-2024", first.getPrivate()));
            log.send(log.registered(log.next(), root, null), log.registered(log.next(), log.unit("A"), root),
                    log.quota(log.next(), root, 2024, 20, 5), log.admitted(log.next(), log.unit("A"), MAY_19, true));
            register(api, root + "-2025", root, second, LocalDate.now().toString());
            // The rotation: the old key's validity ends today in Vietnam, the day its events were recorded; they keep
            // verifying on replay.
            assertThat(api.post("/api/keys/" + root + "-2024/retirement",
                    Map.of("lastDay", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString())).status())
                    .isEqualTo(200);
            log.signingWith(new EventSigner(root + "-2025", second.getPrivate()));
            log.send(log.admitted(log.next(), log.unit("A"), MAY_19, false),
                    log.source(log.next(), log.unit("A"), MAY_19),
                    log.recognised(log.next(), log.unit("A"), LocalDate.of(2024, 11, 2)));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(UnitLog.appliedUpTo(api, root)).isEqualTo(7));
            List<String> figures = figures(api, root, log);

            String database = "replay-" + UUID.randomUUID();
            restoreKeyDirectory(database);
            var second2 = replay.start(new SpringApplicationBuilder(AggregatorApplication.class), Stream.concat(
                    TestStackInitializer.properties(database).stream(), Stream.of(
                            "spring.config.name=" + AggregatorApplication.CONFIG_NAME,
                            "pdv.aggregator.group-id=replay-" + UUID.randomUUID())).toList());
            JsonApi replayed = InProcessServices.api(second2).as(AggregatorTest.PROVINCE_ADMIN);

            await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                    assertThat(UnitLog.appliedUpTo(replayed, root)).isEqualTo(7));
            assertThat(figures(replayed, root, log)).isEqualTo(figures);
            assertThat(replayed.get("/api/logs/" + root).<List<?>>read("$[0].gaps")).isEmpty();
        }
    }

    /** The committee's figures for 2024 as the API answers them, whole. */
    private static List<String> figures(JsonApi api, String root, UnitLog log) {
        List<String> figures = new ArrayList<>();
        for (String unit : List.of(root, log.unit("A"))) {
            figures.add(api.get("/api/progress/" + unit + "/2024").body());
            figures.add(api.get("/api/progress/" + unit + "/2024-Q2").body());
        }
        return figures;
    }

    private void restoreKeyDirectory(String database) {
        List<Document> keys = mongo.findAll(Document.class, "committee-keys");
        try (MongoClient client = MongoClients.create(TestStack.mongoConnectionString(database))) {
            client.getDatabase(database).getCollection("committee-keys").insertMany(keys);
        }
    }

    private static void register(JsonApi api, String keyId, String committee, KeyPair pair, String validFrom) {
        var answer = api.post("/api/keys", Map.of("keyId", keyId, "committee", committee,
                "publicKey", Ed25519Keys.pem(pair.getPublic()), "validFrom", validFrom));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }
}
