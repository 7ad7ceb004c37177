package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The realm contract the services rely on, against the real Keycloak of {@link TestStack}. */
class KeycloakRealmTest {

    static final String WEB_CLIENT = "pdv-web";
    static final String WEB_CLIENT_SECRET = "pdv-web-demo-secret";
    static final List<String> PDV_ROLES = List.of("province-admin", "viewer", "secretary", "clerk", "branch-clerk");

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    @ParameterizedTest
    @CsvSource({
            "province.admin,     province-admin, TU-BD",
            "duk.viewer,         viewer,         DUK",
            "duk.secretary,      secretary,      DUK",
            "duk26.secretary,    secretary,      DUK-26",
            "duk26.clerk,        clerk,          DUK-26",
            "duk26.branch.clerk, branch-clerk,   DUK-26-CK",
            "duk01.clerk,        clerk,          DUK-01",
            "duk01.viewer,       viewer,         DUK-01",
            "duk01.secretary,    secretary,      DUK-01",
            "duk01.branch.clerk, branch-clerk,   DUK-01-KN"})
    void givesEachDemoAccountATokenWithItsUnitItsOneRoleAndThePdvAudience(String username, String role, String unit) {
        String claims = Tokens.claimsOf(Tokens.of(username));

        assertThat(JsonPath.<String>read(claims, "$.iss")).isEqualTo(TestStack.keycloakIssuer());
        assertThat(JsonPath.<String>read(claims, "$.unit")).isEqualTo(unit);
        assertThat(JsonPath.<List<String>>read(claims, "$.realm_access.roles")).containsExactly(role);
        assertThat(audience(claims)).contains("pdv");
        assertThat(JsonPath.<String>read(claims, "$.sub"))
                .as("the subject is a pseudonymous id, not the user name")
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void keepsEachAccountsSubjectFromTheRealmFileSoActorIdsAreStable() {
        assertThat(JsonPath.<String>read(Tokens.claimsOf(Tokens.of("duk26.clerk")), "$.sub"))
                .isEqualTo("4e126b75-3c85-460a-ac58-b76159e84243");
    }

    @Test
    void givesAnAccountWithoutAPdvRoleItsUnitAndNoPdvRole() {
        String claims = Tokens.claimsOf(Tokens.of("duk01.guest"));

        assertThat(JsonPath.<String>read(claims, "$.unit")).isEqualTo("DUK-01");
        assertThat(claims).doesNotContain(PDV_ROLES.stream().map(role -> "\"" + role + "\"").toArray(String[]::new));
    }

    /** What the services' tests of refused tokens rely on: everything right but the issuer (and so the keys). */
    @Test
    void givesFromTheOtherRealmATokenForAudiencePdvWithUnitAndRoleButAnotherIssuer() {
        String claims = Tokens.claimsOf(new Tokens(TestStack.otherIssuer()).accessToken("duk01.clerk"));

        assertThat(JsonPath.<String>read(claims, "$.iss")).isEqualTo(TestStack.otherIssuer()).isNotEqualTo(TestStack.keycloakIssuer());
        assertThat(audience(claims)).contains("pdv");
        assertThat(JsonPath.<String>read(claims, "$.unit")).isEqualTo("DUK-01");
        assertThat(JsonPath.<List<String>>read(claims, "$.realm_access.roles")).containsExactly("clerk");
    }

    /** What the services' tests of refused tokens rely on: realm pdv's own issuer and keys, but not audience pdv. */
    @Test
    void givesThroughTheRealmsAdminCliClientATokenWithoutAudiencePdv() {
        JsonApi.Answer answer = keycloak().postForm(tokenPath(), Map.of("grant_type", "password",
                "client_id", Tokens.NO_AUDIENCE_CLIENT, "username", "duk01.clerk", "password", Tokens.DEMO_PASSWORD));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        String claims = Tokens.claimsOf(answer.read("$.access_token"));
        assertThat(JsonPath.<String>read(claims, "$.iss")).isEqualTo(TestStack.keycloakIssuer());
        assertThat(claims.contains("\"aud\"") ? audience(claims) : List.<String>of()).doesNotContain("pdv");
    }

    /** What the services' tests of expired tokens rely on: every claim right, two seconds to live. */
    @Test
    void givesThroughTheTestClientATokenThatLivesTwoSecondsWithEveryClaimRight() {
        JsonApi.Answer answer = new Tokens(TestStack.keycloakIssuer())
                .passwordGrant(Tokens.SHORT_LIVED_CLIENT, "duk01.clerk", Tokens.DEMO_PASSWORD);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        String claims = Tokens.claimsOf(answer.read("$.access_token"));
        assertThat(JsonPath.<Number>read(claims, "$.exp").longValue() - JsonPath.<Number>read(claims, "$.iat").longValue())
                .isEqualTo(2);
        assertThat(audience(claims)).contains("pdv");
        assertThat(JsonPath.<String>read(claims, "$.unit")).isEqualTo("DUK-01");
    }

    @Test
    void putsTheUnitIntoTheIdTokenToo() {
        JsonApi.Answer answer = new Tokens(TestStack.keycloakIssuer()).passwordGrant("duk01.clerk", Tokens.DEMO_PASSWORD);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(JsonPath.<String>read(Tokens.claimsOf(answer.read("$.id_token")), "$.unit")).isEqualTo("DUK-01");
    }

    @Test
    void refusesAWrongPassword() {
        JsonApi.Answer answer = new Tokens(TestStack.keycloakIssuer()).passwordGrant("duk26.clerk", "not-the-password");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.<String>read("$.error")).isEqualTo("invalid_grant");
    }

    @Test
    void refusesThePasswordGrantToTheWebClient() {
        JsonApi.Answer answer = keycloak().postForm(tokenPath(), Map.of(
                "grant_type", "password", "client_id", WEB_CLIENT, "client_secret", WEB_CLIENT_SECRET,
                "username", "duk26.clerk", "password", Tokens.DEMO_PASSWORD));

        assertThat(answer.status()).isBetween(400, 401);
        assertThat(answer.<String>read("$.error")).isEqualTo("unauthorized_client");
    }

    @Test
    void namesTheFixedIssuerAndItsKeysWhicheverHostNameIsAsked() throws Exception {
        String issuer = TestStack.keycloakIssuer();
        URI viaLocalhost = URI.create(issuer.replace("127.0.0.1", "localhost") + "/.well-known/openid-configuration");

        HttpResponse<String> discovery = browser().send(HttpRequest.newBuilder(viaLocalhost).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(discovery.body(), "$.issuer")).isEqualTo(issuer);
        assertThat(JsonPath.<String>read(discovery.body(), "$.jwks_uri")).isEqualTo(issuer + "/protocol/openid-connect/certs");
    }

    @Test
    void letsTheWebClientReturnToAnyPortOnLoopbackOnly() throws Exception {
        Pkce pkce = Pkce.create();

        assertThat(authorize("http://127.0.0.1:" + FreePorts.any() + "/login/oauth2/code/pdv", pkce).statusCode()).isEqualTo(200);
        assertThat(authorize("http://localhost:" + FreePorts.any() + "/login/oauth2/code/pdv", pkce).statusCode()).isEqualTo(200);
        assertThat(authorize("http://pdv.example:8080/login/oauth2/code/pdv", pkce).statusCode()).isEqualTo(400);
    }

    @Test
    void letsTheWebClientReturnAfterLogoutToAnyPortOnLoopbackOnly() throws Exception {
        List<String> loopbacks = List.of("http://127.0.0.1:" + FreePorts.any() + "/",
                "http://localhost:" + FreePorts.any() + "/signed-out");
        for (String loopback : loopbacks) {
            HttpResponse<String> loggedOut = logout(loopback);
            assertThat(loggedOut.statusCode()).isEqualTo(302);
            assertThat(loggedOut.headers().firstValue("Location")).hasValue(loopback);
        }
        assertThat(logout("http://pdv.example:8080/").statusCode()).isEqualTo(400);
    }

    @Test
    void requiresPkceOfTheWebClient() throws Exception {
        String redirect = "http://127.0.0.1:" + FreePorts.any() + "/login/oauth2/code/pdv";

        HttpResponse<String> withoutChallenge = browser().send(HttpRequest.newBuilder(URI.create(TestStack.keycloakIssuer()
                        + "/protocol/openid-connect/auth?" + form(Map.of("client_id", WEB_CLIENT, "response_type", "code",
                        "scope", "openid", "redirect_uri", redirect)))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(withoutChallenge.statusCode()).isEqualTo(302);
        assertThat(withoutChallenge.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith(redirect).contains("error=invalid_request").contains("code_challenge"));
    }

    @Test
    void logsAPersonInThroughTheWebClientWithPkceAndGivesTheSameClaims() throws Exception {
        Pkce pkce = Pkce.create();
        String redirect = "http://127.0.0.1:" + FreePorts.any() + "/login/oauth2/code/pdv";
        HttpResponse<String> loginPage = authorize(redirect, pkce);
        Matcher action = LOGIN_FORM_ACTION.matcher(loginPage.body());
        assertThat(action.find()).as("the login page has the login form").isTrue();

        HttpResponse<String> loggedIn = browser().send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookiesSetBy(loginPage))
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", "duk26.secretary",
                                "password", Tokens.DEMO_PASSWORD, "credentialId", ""))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(302);
        String location = loggedIn.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirect);
        JsonApi.Answer tokens = keycloak().postForm(tokenPath(), Map.of(
                "grant_type", "authorization_code", "code", queryParameter(location, "code"), "redirect_uri", redirect,
                "client_id", WEB_CLIENT, "client_secret", WEB_CLIENT_SECRET, "code_verifier", pkce.verifier()));

        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        String claims = Tokens.claimsOf(tokens.read("$.access_token"));
        assertThat(JsonPath.<String>read(claims, "$.azp")).isEqualTo(WEB_CLIENT);
        assertThat(JsonPath.<String>read(claims, "$.unit")).isEqualTo("DUK-26");
        assertThat(JsonPath.<List<String>>read(claims, "$.realm_access.roles")).containsExactly("secretary");
        assertThat(audience(claims)).contains("pdv");
        assertThat(JsonPath.<String>read(Tokens.claimsOf(tokens.read("$.id_token")), "$.unit")).isEqualTo("DUK-26");
    }

    /** {@code aud} is a string when there is one audience, an array otherwise. */
    static List<String> audience(String claims) {
        Object aud = JsonPath.read(claims, "$.aud");
        return aud instanceof List<?> many ? many.stream().map(String::valueOf).toList() : List.of(String.valueOf(aud));
    }

    private static HttpResponse<String> authorize(String redirect, Pkce pkce) throws IOException, InterruptedException {
        return browser().send(HttpRequest.newBuilder(URI.create(TestStack.keycloakIssuer() + "/protocol/openid-connect/auth?"
                        + form(Map.of("client_id", WEB_CLIENT, "response_type", "code", "scope", "openid",
                        "redirect_uri", redirect, "state", "s-1", "code_challenge", pkce.challenge(),
                        "code_challenge_method", "S256")))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** With no session to end, Keycloak sends the person straight back; an unknown return address gets an error page. */
    private static HttpResponse<String> logout(String postLogoutRedirect) throws IOException, InterruptedException {
        return browser().send(HttpRequest.newBuilder(URI.create(TestStack.keycloakIssuer() + "/protocol/openid-connect/logout?"
                        + form(Map.of("client_id", WEB_CLIENT, "post_logout_redirect_uri", postLogoutRedirect)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A client that shows redirects instead of following them. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The login session's cookies, sent back by hand: Keycloak marks them {@code Secure} even over http, which a
     * browser accepts from a loopback origin but Java's {@code CookieManager} does not.
     */
    private static String cookiesSetBy(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .collect(Collectors.joining("; "));
    }

    private static JsonApi keycloak() {
        return new JsonApi(URI.create(TestStack.keycloakIssuer()).getPort());
    }

    private static String tokenPath() {
        return URI.create(TestStack.keycloakIssuer()).getPath() + "/protocol/openid-connect/token";
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String queryParameter(String uri, String name) {
        for (String pair : URI.create(uri).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No " + name + " in " + uri);
    }

    private record Pkce(String verifier, String challenge) {

        static Pkce create() throws NoSuchAlgorithmException {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        }
    }
}
