package vn.pdv.unit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.SettableClock;
import vn.pdv.stack.TestStack;
import vn.pdv.stack.Tokens;
import vn.pdv.unit.ServiceClock;
import vn.pdv.unit.UnitServiceTest;

/**
 * Tokens the service must refuse, each otherwise fit for the call (committee DUK-01's clerk reading its deadlines):
 * expired, with a tampered signature, from another issuer (a second realm with the same clients, audience and claims),
 * and for another audience (the realm's own, through a client without the audience {@code pdv}). Each is a 401 with
 * the {@code WWW-Authenticate} challenge and problem details in Vietnamese and English; the same call with a fresh
 * token from the realm passes.
 */
@UnitServiceTest
@Import(ServiceClock.class)
@TestPropertySource(properties = "pdv.alerts.group-id=" + ServiceClock.ALERT_GROUP)
class TokenFaultsTest {

    static final String CLERK = "duk01.clerk";
    static final String CALL = "/api/deadlines";

    @LocalServerPort
    int port;

    @Autowired
    SettableClock clock;

    @AfterEach
    void backToNow() {
        clock.moveTo(Instant.now());
    }

    @Test
    void acceptsAFreshTokenOfTheRealm() {
        assertThat(withToken(Tokens.of(CLERK)).status()).isEqualTo(200);
    }

    @Test
    void refusesATokenPastItsExpiry() {
        String token = Tokens.of(CLERK);
        // Past the token's five minutes and the validator's minute of tolerated clock skew.
        clock.moveTo(Instant.now().plus(Duration.ofMinutes(7)));

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
