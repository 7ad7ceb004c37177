package vn.pdv.stack;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of realm {@value LocalKeycloak#REALM}'s demo accounts, for tests: the password grant through the
 * public client {@value #CLI_CLIENT} (enabled in the demo realm only), every account's password being
 * {@value #DEMO_PASSWORD}. A token is reused until a minute before it expires, so that a test calling many endpoints
 * does not pay a grant per call.
 *
 * <pre>{@code
 * String token = Tokens.of("duk26.clerk");          // from TestStack's Keycloak, started on first use
 * String unit = JsonPath.read(Tokens.claimsOf(token), "$.unit");   // "DUK-26"
 * }</pre>
 */
public final class Tokens {

    public static final String CLI_CLIENT = "pdv-cli";
    public static final String DEMO_PASSWORD = "pdv-demo";
    /**
     * Keycloak's own public client of every realm, with the password grant: its tokens are the realm's, signed with its
     * keys, but without the {@code pdv} audience the services require (tests of refused tokens).
     */
    public static final String NO_AUDIENCE_CLIENT = "admin-cli";
    /**
     * A client of the test Keycloak's realm {@code pdv} only ({@link LocalStack.Builder#forTests()}), like
     * {@value #CLI_CLIENT} in every claim, whose access tokens expire two seconds after they are issued.
     */
    public static final String SHORT_LIVED_CLIENT = "pdv-test-short-lived";
    /** The monitoring's confidential client; its service account holds role metrics-reader alone. */
    public static final String METRICS_CLIENT = "pdv-metrics";
    public static final String METRICS_CLIENT_SECRET = "pdv-metrics-demo-secret";

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    private static Tokens ofTestStack;

    private final JsonApi keycloak;
    private final String tokenPath;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    /** Tokens from the realm whose issuer is {@code issuer}, e.g. {@link LocalKeycloak#issuerUrl()}. */
    public Tokens(String issuer) {
        URI uri = URI.create(issuer);
        this.keycloak = new JsonApi(uri.getPort());
        this.tokenPath = uri.getPath() + "/protocol/openid-connect/token";
    }

    /** An access token for the demo account {@code username} from {@link TestStack#keycloakIssuer()}'s Keycloak. */
    public static String of(String username) {
        return ofTestStack().accessToken(username);
    }

    /**
     * An access token for the demo account {@code username}.
     *
     * @throws IllegalStateException when Keycloak refuses the grant (unknown account, say)
     */
    public String accessToken(String username) {
        Issued current = issued.get(username);
        if (current == null || Instant.now().plus(RENEW_BEFORE_EXPIRY).isAfter(current.expiresAt())) {
            Instant asked = Instant.now();
            JsonApi.Answer answer = passwordGrant(username, DEMO_PASSWORD);
            if (answer.status() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": " + answer.status() + " " + answer.body());
            }
            current = new Issued(answer.read("$.access_token"),
                    asked.plusSeconds(answer.<Number>read("$.expires_in").longValue()));
            issued.put(username, current);
        }
        return current.token();
    }

    /**
     * The token endpoint's answer to a password grant with scope {@code openid} (access and ID token), refusals
     * included: 401 with {@code "error":"invalid_grant"} for a wrong password.
     */
    public JsonApi.Answer passwordGrant(String username, String password) {
        return passwordGrant(CLI_CLIENT, username, password);
    }

    /** Like {@link #passwordGrant(String, String)}, through the public client {@code client}. */
    public JsonApi.Answer passwordGrant(String client, String username, String password) {
        return keycloak.postForm(tokenPath, Map.of(
                "grant_type", "password",
                "client_id", client,
                "username", username,
                "password", password,
                "scope", "openid"));
    }

    /**
     * An access token of the monitoring's service account ({@value #METRICS_CLIENT}, client credentials), as a
     * ServiceMonitor's oauth2 section obtains it.
     */
    public String metricsToken() {
        JsonApi.Answer answer = keycloak.postForm(tokenPath, Map.of("grant_type", "client_credentials",
                "client_id", METRICS_CLIENT, "client_secret", METRICS_CLIENT_SECRET));
        if (answer.status() != 200) {
            throw new IllegalStateException("Keycloak refused the metrics client a token: " + answer.status() + " "
                    + answer.body());
        }
        return answer.read("$.access_token");
    }

    /** The claims of a JWT as JSON text, for reading with JSON paths; the signature is not checked. */
    public static String claimsOf(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a signed JWT (header.payload.signature): " + jwt);
        }
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }

    /** Tokens from {@link TestStack#keycloakIssuer()}'s realm. */
    public static synchronized Tokens ofTestStack() {
        if (ofTestStack == null) {
            ofTestStack = new Tokens(TestStack.keycloakIssuer());
        }
        return ofTestStack;
    }

    private record Issued(String token, Instant expiresAt) {
    }
}
