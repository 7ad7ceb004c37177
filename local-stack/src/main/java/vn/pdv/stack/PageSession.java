package vn.pdv.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's visit to a PDV service's web pages through the real login at Keycloak, as a browser makes it: redirects
 * followed one by one, cookies kept per host and port. Keycloak marks its cookies {@code Secure} even over http, which
 * a browser accepts from a loopback origin and Java's {@code CookieManager} does not, hence the hand-kept jar.
 *
 * <pre>{@code
 * PageSession visit = new PageSession(port);
 * HttpResponse<String> home = visit.logIn("duk01.clerk", "/");   // 200, the home page
 * }</pre>
 */
public final class PageSession {

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final int MOST_REDIRECTS = 10;

    private final URI service;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

    public PageSession(int port) {
        this.service = URI.create("http://127.0.0.1:" + port);
    }

    /** One request, redirects not followed. */
    public HttpResponse<String> get(String pathOrUri) {
        return send(HttpRequest.newBuilder(resolve(pathOrUri)).GET());
    }

    /** Follows redirects from {@code pathOrUri} to the first answer that is not one. */
    public HttpResponse<String> follow(String pathOrUri) {
        HttpResponse<String> response = get(pathOrUri);
        for (int i = 0; i < MOST_REDIRECTS && isRedirect(response); i++) {
            response = get(response.uri().resolve(response.headers().firstValue("Location").orElseThrow()).toString());
        }
        return response;
    }

    /** Posts {@code form} (URL-encoded), redirects not followed. */
    public HttpResponse<String> post(String pathOrUri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(pathOrUri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Visits {@code path}, is sent to Keycloak's login form, logs in as {@code username} with the demo password and
     * follows the redirects back to the service: the page the visit ends on.
     *
     * @throws IllegalStateException when the visit never reaches Keycloak's login form
     */
    public HttpResponse<String> logIn(String username, String path) {
        HttpResponse<String> loginPage = follow(path);
        Matcher action = LOGIN_FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("No Keycloak login form at " + loginPage.uri() + " (" + loginPage.statusCode()
                    + "): " + loginPage.body());
        }
        HttpResponse<String> loggedIn = post(action.group(1).replace("&amp;", "&"),
                Map.of("username", username, "password", Tokens.DEMO_PASSWORD, "credentialId", ""));
        if (!isRedirect(loggedIn)) {
            throw new IllegalStateException("Keycloak did not log " + username + " in: " + loggedIn.statusCode());
        }
        return follow(loggedIn.uri().resolve(loggedIn.headers().firstValue("Location").orElseThrow()).toString());
    }

    public static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() / 100 == 3 && response.headers().firstValue("Location").isPresent();
    }

    private URI resolve(String pathOrUri) {
        return service.resolve(pathOrUri);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        String origin = origin(built.uri());
        Map<String, String> jar = cookies.computeIfAbsent(origin, key -> new LinkedHashMap<>());
        HttpRequest withCookies = jar.isEmpty() ? built : HttpRequest.newBuilder(built, (name, value) -> true)
                .header("Cookie", jar.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                        .collect(Collectors.joining("; ")))
                .build();
        try {
            HttpResponse<String> response = client.send(withCookies, HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.contains(";") ? set.substring(0, set.indexOf(';')) : set;
                int equals = pair.indexOf('=');
                String value = pair.substring(equals + 1);
                if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                    jar.remove(pair.substring(0, equals));
                } else {
                    jar.put(pair.substring(0, equals), value);
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String origin(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }
}
