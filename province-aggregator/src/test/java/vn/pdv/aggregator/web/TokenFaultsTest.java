package vn.pdv.aggregator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.TestStack;
import vn.pdv.stack.Tokens;
import vn.pdv.aggregator.AggregatorTest;

/**
 * Tokens the service must refuse, each otherwise fit for the call (committee DUK-01's clerk reading the committees' logs it may see):
 * expired (from the test realm's client whose tokens live two seconds; the tests tolerate one second of clock skew),
 * with a tampered signature or claims, from another issuer (a second realm with the same clients, audience and claims),
 * and for another audience (the realm's own, through a client without the audience {@code pdv}). Each is a 401 with
 * the {@code WWW-Authenticate} challenge and problem details in Vietnamese and English; the same call with a fresh
 * token from the realm passes.
 */
@AggregatorTest
class TokenFaultsTest {

    static final String CLERK = "duk01.clerk";
    static final String CALL = "/api/logs";

    @LocalServerPort
    int port;

    @Test
    void acceptsAFreshTokenOfTheRealm() {
        assertThat(withToken(Tokens.of(CLERK)).status()).isEqualTo(200);
    }

    @Test
    void refusesATokenPastItsExpiry() {
        JsonApi.Answer grant = new Tokens(TestStack.keycloakIssuer())
                .passwordGrant(Tokens.SHORT_LIVED_CLIENT, CLERK, Tokens.DEMO_PASSWORD);
        String token = grant.read("$.access_token");
        String claims = Tokens.claimsOf(token);
        assertThat(JsonPath.<String>read(claims, "$.iss")).isEqualTo(TestStack.keycloakIssuer());
        assertThat(claims).contains("\"aud\":\"pdv\"", "\"unit\":\"DUK-01\"");
        assertThat(JsonPath.<Number>read(claims, "$.exp").longValue() - JsonPath.<Number>read(claims, "$.iat").longValue())
                .isEqualTo(2);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> withToken(token).status() == 401);
        assertRefusedAsInvalid(withToken(token));
    }

    @Test
    void refusesATokenWhoseSignatureWasTamperedWith() {
        String token = Tokens.of(CLERK);
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() / 2);
        parts[2] = parts[2].substring(0, parts[2].length() / 2) + (last == 'A' ? 'B' : 'A')
                + parts[2].substring(parts[2].length() / 2 + 1);

        assertRefusedAsInvalid(withToken(String.join(".", parts)));
    }

    @Test
    void refusesATokenWhoseClaimsWereChangedUnderTheOriginalSignature() {
        String[] parts = Tokens.of(CLERK).split("\\.");
        String claims = Tokens.claimsOf(Tokens.of(CLERK)).replace("\"DUK-01\"", "\"DUK-26\"");
        parts[1] = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertRefusedAsInvalid(withToken(String.join(".", parts)));
    }

    @Test
    void refusesATokenOfAnotherIssuerThoughItNamesTheAudienceTheUnitAndTheRole() {
        String token = new Tokens(TestStack.otherIssuer()).accessToken(CLERK);

        assertRefusedAsInvalid(withToken(token));
    }

    @Test
    void refusesATokenOfTheRealmForAnotherAudience() {
        JsonApi.Answer grant = new Tokens(TestStack.keycloakIssuer())
                .passwordGrant(Tokens.NO_AUDIENCE_CLIENT, CLERK, Tokens.DEMO_PASSWORD);

        assertRefusedAsInvalid(withToken(grant.read("$.access_token")));
    }

    @Test
    void refusesAMissingTokenSayingALoginIsNeeded() {
        JsonApi.Answer answer = new JsonApi(port).get(CALL);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.challenge()).startsWith("Bearer");
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.<String>read("$.type")).isEqualTo("urn:pdv:problem:login-required");
        assertThat(answer.<String>read("$.title")).isEqualTo("Cần đăng nhập");
        assertThat(answer.<String>read("$.detailEn")).contains("Login required");
    }

    private JsonApi.Answer withToken(String token) {
        return new JsonApi(port).withToken(() -> token).get(CALL);
    }

    private static void assertRefusedAsInvalid(JsonApi.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(401);
        assertThat(answer.challenge()).startsWith("Bearer").contains("error=\"invalid_token\"");
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.<String>read("$.type")).isEqualTo("urn:pdv:problem:invalid-token");
        assertThat(answer.<String>read("$.title")).isEqualTo("Cần đăng nhập");
        assertThat(answer.<String>read("$.detail")).contains("Mã truy cập không hợp lệ");
        assertThat(answer.<String>read("$.detailEn")).contains("not valid");
        assertThat(answer.<Map<String, Object>>read("$")).containsKey("titleEn");
    }
}
