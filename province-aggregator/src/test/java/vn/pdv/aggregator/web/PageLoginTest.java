package vn.pdv.aggregator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.ProvinceTree;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.PageSession;
import vn.pdv.stack.TestStack;

/**
 * The dashboard's login as a person goes through it, against the real Keycloak: an anonymous visitor is sent to the
 * login (authorization code with PKCE); a committee's viewer comes back to its own unit's page, which names them and
 * offers to sign out, and is refused another committee's page with the Vietnamese refusal page.
 */
@AggregatorTest
class PageLoginTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void theBlocAndItsTwoCommittees() {
        ProvinceTree.demoBloc(new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN));
    }

    @Test
    void sendsAnAnonymousVisitorToTheLoginWithPkce() {
        PageSession visit = new PageSession(port);

        HttpResponse<String> home = visit.get("/units/DUK-01");
        HttpResponse<String> authorization = visit.get(home.headers().firstValue("Location").orElseThrow());

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(authorization.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(TestStack.keycloakIssuer() + "/protocol/openid-connect/auth")
                .contains("client_id=pdv-web", "code_challenge=", "code_challenge_method=S256"));
    }

    @Test
    void bringsACommitteesViewerToItsOwnUnitAndRefusesItAnotherCommittee() {
        PageSession visit = new PageSession(port);

        HttpResponse<String> home = visit.logIn("duk01.viewer", "/");
        HttpResponse<String> other = visit.get("/units/DUK-26");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/units/DUK-01");
        assertThat(home.body()).contains("lang=\"vi\"", "DUK-01");
        assertThat(home.body()).as("the header names who is signed in, their unit, and offers to sign out")
                .contains("Theo dõi Bệnh viện Đa khoa tỉnh Bình Định", "(DUK-01)", "Đăng xuất");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("Không có quyền truy cập", "DUK-26", "DUK-01");
    }
}
