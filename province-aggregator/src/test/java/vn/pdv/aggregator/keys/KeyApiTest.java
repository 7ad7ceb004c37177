package vn.pdv.aggregator.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.schemas.signing.Ed25519Keys;
import vn.pdv.stack.JsonApi;

/** The key directory through its API: the province administrator's alone, every error a problem naming its rule. */
@AggregatorTest
class KeyApiTest {

    @LocalServerPort
    int port;

    @Test
    void theProvinceAdministratorRegistersListsAndRevokesAKeyWhoseIdIsNeverReused() {
        JsonApi api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        String id = "DUK-01-" + UUID.randomUUID();
        String pem = Ed25519Keys.pem(Ed25519Keys.generate().getPublic());
        Map<String, Object> key = Map.of("keyId", id, "committee", "DUK-01", "publicKey", pem,
                "validFrom", "2025-01-01");

        var registered = api.post("/api/keys", key);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.<String>read("$.publicKey")).isEqualTo(pem);
        assertThat(api.get("/api/keys").<List<String>>read("$[*].keyId")).contains(id);

        var again = api.post("/api/keys", key);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.<String>read("$.rule")).isEqualTo("key-id-taken");
        assertThat(again.<String>read("$.detailEn")).contains(id);

        var revoked = api.post("/api/keys/" + id + "/revocation", Map.of("reason", "lost laptop"));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.<String>read("$.revokedAt")).isNotBlank();
        assertThat(revoked.<String>read("$.revocationReason")).isEqualTo("lost laptop");
        assertThat(api.post("/api/keys/nobody-" + id + "/revocation", Map.of("reason", "x")).status()).isEqualTo(404);
    }

    @Test
    void aRotationEndsTheOldKeysValidityWhichCanBeShortenedButNeverExtended() {
        JsonApi api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        String id = "DUK-01-" + UUID.randomUUID();
        assertThat(api.post("/api/keys", Map.of("keyId", id, "committee", "DUK-01", "validFrom", "2025-01-01",
                "publicKey", Ed25519Keys.pem(Ed25519Keys.generate().getPublic()))).status()).isEqualTo(201);

        var ended = api.post("/api/keys/" + id + "/retirement", Map.of("lastDay", "2026-06-30"));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.<String>read("$.validUntil")).isEqualTo("2026-06-30");
        assertThat(ended.<Object>read("$.revokedAt")).as("a rotation is not a revocation").isNull();

        var earlier = api.post("/api/keys/" + id + "/retirement", Map.of("lastDay", "2026-03-31"));
        assertThat(earlier.status()).isEqualTo(200);
        assertThat(earlier.<String>read("$.validUntil")).isEqualTo("2026-03-31");

        var extended = api.post("/api/keys/" + id + "/retirement", Map.of("lastDay", "2026-12-31"));
        assertThat(extended.status()).isEqualTo(409);
        assertThat(extended.<String>read("$.rule")).isEqualTo("validity-only-shortened");
        var beforeItStarts = api.post("/api/keys/" + id + "/retirement", Map.of("lastDay", "2024-12-31"));
        assertThat(beforeItStarts.status()).isEqualTo(400);
        assertThat(beforeItStarts.<String>read("$.rule")).isEqualTo("validity-reversed");
        assertThat(api.get("/api/keys").<List<String>>read("$[?(@.keyId == '" + id + "')].validUntil"))
                .as("refusals change nothing").containsExactly("2026-03-31");
        assertThat(api.post("/api/keys/nobody-" + id + "/retirement", Map.of("lastDay", "2026-01-01")).status())
                .isEqualTo(404);
        assertThat(new JsonApi(port).as("duk01.secretary").post("/api/keys/" + id + "/retirement",
                Map.of("lastDay", "2025-06-30")).status()).isEqualTo(403);
    }

    @Test
    void refusesAKeyThatIsNotAnEd25519PublicKeyOrAValidityThatEndsBeforeItStarts() {
        JsonApi api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);

        var notAKey = api.post("/api/keys", Map.of("keyId", "DUK-01-x", "committee", "DUK-01",
                "publicKey", "-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----", "validFrom",
                "2025-01-01"));
        assertThat(notAKey.status()).isEqualTo(400);
        assertThat(notAKey.<String>read("$.rule")).isEqualTo("invalid-public-key");

        var reversed = api.post("/api/keys", Map.of("keyId", "DUK-01-y", "committee", "DUK-01",
                "publicKey", Ed25519Keys.pem(Ed25519Keys.generate().getPublic()), "validFrom", "2025-01-01",
                "validUntil", "2024-12-31"));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.<String>read("$.rule")).isEqualTo("validity-reversed");
    }

    @Test
    void aCommitteesSecretaryMayNotTouchTheDirectory() {
        JsonApi secretary = new JsonApi(port).as("duk26.secretary");

        assertThat(secretary.get("/api/keys").status()).isEqualTo(403);
        var refused = secretary.post("/api/keys", Map.of("keyId", "DUK-26-9", "committee", "DUK-26",
                "publicKey", Ed25519Keys.pem(Ed25519Keys.generate().getPublic()), "validFrom", "2025-01-01"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.<String>read("$.rule")).isEqualTo("role-required");
    }
}
