package vn.pdv.unit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.stack.PageSession;
import vn.pdv.stack.TestStack;
import vn.pdv.unit.UnitServiceTest;

/**
 * The pages' login as a person goes through it, against the real Keycloak: an anonymous visitor is sent to the login
 * (authorization code with PKCE), comes back signed in to a Vietnamese page naming their unit, and logs out at
 * Keycloak too; an account the committee does not serve sees the refusal page.
 */
@UnitServiceTest
class PageLoginTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void sendsAnAnonymousVisitorToTheLoginWithPkce() {
        PageSession visit = new PageSession(port);

        HttpResponse<String> home = visit.get("/");
        HttpResponse<String> authorization = visit.get(home.headers().firstValue("Location").orElseThrow());

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/oauth2/authorization/pdv"));
        assertThat(authorization.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(TestStack.keycloakIssuer() + "/protocol/openid-connect/auth")
                .contains("client_id=pdv-web", "code_challenge=", "code_challenge_method=S256"));
    }

    @Test
    void signsACommitteeAccountInShowsItsUnitAndLogsItOutAtKeycloakToo() {
        PageSession visit = new PageSession(port);

        HttpResponse<String> home = visit.logIn("duk01.clerk", "/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains("lang=\"vi\"", "Xin chào", "DUK-01", "Đăng xuất");
        Matcher csrf = CSRF.matcher(home.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> loggedOut = visit.post("/logout", Map.of("_csrf", csrf.group(1)));
        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(loggedOut.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith(TestStack.keycloakIssuer() + "/protocol/openid-connect/logout"));
        assertThat(visit.get("/").statusCode()).as("signed out of the service").isEqualTo(302);
    }

    @Test
    void showsAnAccountOfAnotherCommitteeTheRefusalInVietnamese() {
        HttpResponse<String> home = new PageSession(port).logIn("duk26.clerk", "/");

        assertThat(home.statusCode()).isEqualTo(403);
        assertThat(home.body()).contains("Bạn không có quyền xem trang này", "DUK-26", "DUK-01");
    }
}
