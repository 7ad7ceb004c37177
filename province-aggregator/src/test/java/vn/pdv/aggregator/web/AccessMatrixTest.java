package vn.pdv.aggregator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.ProvinceTree;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.plan.Plans;
import vn.pdv.aggregator.plan.Targets;
import vn.pdv.aggregator.quota.Memberships;
import vn.pdv.events.UnitKind;
import vn.pdv.stack.JsonApi;

/**
 * Every endpoint of the aggregator against the real Keycloak, asked by five callers: nobody (401), an account of a unit
 * outside the one asked about (403), an account of that unit whose role is too small (403), the account the endpoint
 * is for (2xx) and the province administrator (2xx: the province reads and changes everything). A refusal changes
 * nothing: the tree, the plans, the membership counts, the entered targets and the contacts read as before; the
 * allowed write does change them. The tree is the demo realm's: the bloc DUK with the committees DUK-01 and DUK-26
 * beneath it.
 *
 * <p>Lists not about one unit ({@code /api/logs}, the plans' warnings, the API description) answer every PDV role
 * with what it may see: {@link DatedScopeTest}.
 */
@AggregatorTest
class AccessMatrixTest {

    static final String ADMIN = AggregatorTest.PROVINCE_ADMIN;

    /** Who each kind of endpoint is for, and who is refused for which reason. */
    enum Audience {
        /** Reading committee DUK-01's figures: its own accounts (the bloc's and the province's too). */
        READERS_OF_DUK_01("duk01.viewer", "duk26.clerk", "unit-out-of-scope", "duk01.guest"),
        /** Committee DUK-26's alert contacts: its own secretary. */
        SECRETARY_OF_DUK_26("duk26.secretary", "duk01.secretary", "unit-out-of-scope", "duk26.clerk"),
        /** Plans, the tree, membership, the actuator: the province administrator; the bloc's secretary is refused. */
        PROVINCE(ADMIN, "duk26.secretary", "role-required", "duk.secretary");

        final String right;
        final String otherUnit;
        final String otherUnitRule;
        final String tooSmall;

        Audience(String right, String otherUnit, String otherUnitRule, String tooSmall) {
            this.right = right;
            this.otherUnit = otherUnit;
            this.otherUnitRule = otherUnitRule;
            this.tooSmall = tooSmall;
        }
    }

    record Endpoint(String name, Audience audience, int success, boolean writes,
                    Function<AccessMatrixTest, Function<JsonApi, JsonApi.Answer>> prepare) {

        @Override
        public String toString() {
            return name;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Hierarchy hierarchy;
    @Autowired
    Plans plans;
    @Autowired
    Memberships memberships;
    @Autowired
    Targets targets;

    UnitLog log;
    JsonApi admin;
    /** A unit of this test's own beneath DUK-26, for the writes that need a registered unit. */
    String ours;

    @BeforeEach
    void theBlocAndItsTwoCommittees() {
        admin = new JsonApi(port).as(ADMIN);
        log = new UnitLog();
        ours = "DUK-26-" + log.committee();
        // The province opens the tree (a committee's log may change only its own subtree).
        ProvinceTree.demoBloc(admin);
        ProvinceTree.open(admin, ours, UnitKind.SUBORDINATE_BRANCH, "DUK-26");
    }

    @AfterEach
    void closeLog() {
        log.close();
    }

    static List<Endpoint> endpoints() {
        return List.of(
                reading("GET /api/progress/{unit}/{period}", "/api/progress/DUK-01/2024"),
                reading("GET /api/findings/{unit}/{period}", "/api/findings/DUK-01/2024"),
                reading("GET /api/status/{unit}", "/api/status/DUK-01?on=2024-06-30"),
                reading("GET /api/hierarchy/{unit}", "/api/hierarchy/DUK-01?on=2024-06-30"),
                reading("GET /api/reports/{unit}/{period}", "/api/reports/DUK-01/2024?format=csv"),
                reading("GET /api/alerts?unit=", "/api/alerts?unit=DUK-01"),
                reading("GET /api/logs/{unit}", "/api/logs/DUK-01"),
                reading("GET /api/plans/warnings?unit=", "/api/plans/warnings?unit=DUK-01"),
                reading("GET /api/ratings/{unit}/{year}", "/api/ratings/DUK-01/2024"),
                reading("GET /api/agenda/{committee}", "/api/agenda/DUK-01?on=2024-06-30"),
                reading("GET /api/ratings/{unit}/{year}?format=xlsx", "/api/ratings/DUK-01/2024?format=xlsx"),
                new Endpoint("GET /api/units/{code}/contacts", Audience.SECRETARY_OF_DUK_26, 200, false,
                        test -> api -> api.get("/api/units/DUK-26/contacts")),
                new Endpoint("PUT /api/units/{code}/contacts", Audience.SECRETARY_OF_DUK_26, 200, true,
                        test -> api -> api.put("/api/units/DUK-26/contacts",
                                Map.of("emails", List.of("vp-" + UUID.randomUUID() + "@duk26.example.vn")))),
                new Endpoint("POST /api/hierarchy/changes", Audience.PROVINCE, 201, true, test -> {
                    String opened = test.ours + "-N" + UUID.randomUUID().toString().substring(0, 4);
                    return api -> api.post("/api/hierarchy/changes", Map.of("kind", "OPEN", "unit", opened,
                            "name", "Chi bộ mới", "unitKind", "SUBORDINATE_BRANCH", "parent", "DUK-26",
                            "on", "2024-02-01"));
                }),
                new Endpoint("POST /api/hierarchy/reorganisations", Audience.PROVINCE, 201, true, test -> {
                    String opened = test.ours + "-R" + UUID.randomUUID().toString().substring(0, 4);
                    return api -> api.post("/api/hierarchy/reorganisations", Map.of("changes", List.of(Map.of(
                            "kind", "OPEN", "unit", opened, "name", "Chi bộ mới", "unitKind", "SUBORDINATE_BRANCH",
                            "parent", "DUK-26", "on", "2024-02-01"))));
                }),
                new Endpoint("PUT /api/units/{code}/membership/{year}", Audience.PROVINCE, 200, true,
                        test -> api -> api.put("/api/units/" + test.ours + "/membership/2024",
                                Map.of("members", 100 + (int) (Math.random() * 900)))),
                new Endpoint("PUT /api/units/{code}/targets/{period}", Audience.PROVINCE, 200, true,
                        test -> api -> api.put("/api/units/" + test.ours + "/targets/2030",
                                Map.of("plan", "141-CV/HU", "membership", Map.of("atLeastPercent", 3,
                                        "atMostPercent", 3 + (int) (Math.random() * 90))))),
                new Endpoint("POST /api/plans", Audience.PROVINCE, 201, true, test -> {
                    byte[] table = test.aPlanOfOurs();
                    return api -> api.postBytes("/api/plans?issuingUnit=DUK-26&planNumber=" + test.log.committee()
                            + "-KH/DUK-26", "text/csv", table);
                }),
                new Endpoint("GET /actuator/health", Audience.PROVINCE, 200, false,
                        test -> api -> api.get("/actuator/health")),
                new Endpoint("GET /actuator/info", Audience.PROVINCE, 200, false,
                        test -> api -> api.get("/actuator/info")));
    }

    private static Endpoint reading(String name, String path) {
        return new Endpoint(name, Audience.READERS_OF_DUK_01, 200, false, test -> api -> api.get(path));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answersOnlyTheAccountsItIsForAndARefusalChangesNothing(Endpoint endpoint) {
        Function<JsonApi, JsonApi.Answer> call = endpoint.prepare().apply(this);
        JsonApi service = new JsonApi(port);
        Audience audience = endpoint.audience();
        SoftAssertions softly = new SoftAssertions();

        String before = records();
        JsonApi.Answer anonymous = call.apply(service);
        softly.assertThat(anonymous.status()).as("anonymous: " + anonymous.body()).isEqualTo(401);
        softly.assertThat(anonymous.challenge()).as("anonymous").startsWith("Bearer");
        softly.assertThat(anonymous.contentType()).as("anonymous").startsWith("application/problem+json");
        for (String refused : List.of(audience.otherUnit, audience.tooSmall)) {
            JsonApi.Answer answer = call.apply(service.as(refused));
            softly.assertThat(answer.status()).as(refused + ": " + answer.body()).isEqualTo(403);
            softly.assertThat(answer.contentType()).as(refused).startsWith("application/problem+json");
            softly.assertThat(answer.body()).as(refused).contains("\"rule\":\""
                    + (refused.equals(audience.tooSmall) ? "role-required" : audience.otherUnitRule) + "\"");
        }
        softly.assertThat(records()).as("nothing changed after the refusals").isEqualTo(before);
        JsonApi.Answer allowed = call.apply(service.as(audience.right));
        softly.assertThat(allowed.status()).as(audience.right + ": " + allowed.body()).isEqualTo(endpoint.success());
        if (endpoint.writes()) {
            softly.assertThat(records()).as("the allowed call changed the records").isNotEqualTo(before);
        }
        if (!audience.right.equals(ADMIN)) {
            JsonApi.Answer province = endpoint.prepare().apply(this).apply(service.as(ADMIN));
            softly.assertThat(province.status()).as("province.admin: " + province.body()).isEqualTo(endpoint.success());
        }
        softly.assertAll();
    }

    /** This deployment lists no webhook host (the default): its secretary's webhook is refused, naming the setting. */
    @org.junit.jupiter.api.Test
    void aWebhookMustBeAnHttpsTargetTheDeploymentAllows() {
        JsonApi secretary = new JsonApi(port).as("duk26.secretary");
        String before = records();

        JsonApi.Answer answer = secretary.put("/api/units/DUK-26/contacts",
                Map.of("webhooks", List.of("https://hooks.tinh.vn/pdv")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.<String>read("$.rule")).isEqualTo("webhook-host-not-allowed");
        assertThat(answer.<String>read("$.field")).isEqualTo("webhooks[0]");
        assertThat(answer.<String>read("$.detail")).contains("PDV_WEBHOOK_ALLOWED_HOSTS");
        assertThat(answer.<String>read("$.detailEn")).contains("PDV_WEBHOOK_ALLOWED_HOSTS");
        assertThat(records()).isEqualTo(before);
    }

    /**
     * What a write would change, where only this test writes: DUK-26's subtree and plans, our unit's membership,
     * DUK-26's contacts.
     */
    private String records() {
        UnitCode college = new UnitCode("DUK-26");
        return hierarchy.subtree(college).stream().map(UnitCode::value).sorted().toList() + "\n" + plans.issuedBy(college).size() + " plans\n"
                + memberships.of(new UnitCode(ours), 2024) + "\n" + targets.of(new UnitCode(ours)) + "\n" + admin.get("/api/units/DUK-26/contacts").body();
    }

    /** A plan of DUK-26 for 2030 for our unit: nobody else's figures change, nor this decade's. */
    private byte[] aPlanOfOurs() {
        return """
                STT,Mã đơn vị,Đơn vị,,Chỉ tiêu phát triển đảng viên
                ,,,,Năm 2030
                ,,,,Tổng cộng
                1,%s,Chi bộ,Chi bộ của phép thử,3
                """.formatted(ours).getBytes(StandardCharsets.UTF_8);
    }
}
