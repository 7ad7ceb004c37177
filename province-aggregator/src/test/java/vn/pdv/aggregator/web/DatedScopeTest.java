package vn.pdv.aggregator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.ProvinceTree;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.events.UnitKind;
import vn.pdv.stack.JsonApi;

/**
 * Scope follows the dated tree, against the real Keycloak: branch X of committee DUK-01 moves to committee DUK-26 on
 * 1 July 2024 (a province administrator's change). DUK-01's accounts read X for the days before the move and not
 * after; DUK-26's the other way round; the bloc DUK's throughout. Lists are each reader's part only, asked for so.
 */
@AggregatorTest
class DatedScopeTest {

    static final String BEFORE = "2024-06-30";
    static final String FROM = "2024-07-01";

    @LocalServerPort
    int port;

    UnitLog log;
    JsonApi admin;
    JsonApi hospital;
    JsonApi college;
    JsonApi bloc;
    String mover;

    @BeforeEach
    void aBranchMovesFromOneCommitteeToTheOther() {
        admin = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        hospital = new JsonApi(port).as("duk01.viewer");
        college = new JsonApi(port).as("duk26.secretary");
        bloc = new JsonApi(port).as("duk.viewer");
        log = new UnitLog();
        mover = "DUK-01-" + log.committee();
        // The province opens the tree (a committee's log may change only its own subtree); the test's own log, a
        // committee at the top of a tree of its own, is one no reader of the bloc sees.
        ProvinceTree.demoBloc(admin);
        ProvinceTree.open(admin, mover, UnitKind.SUBORDINATE_BRANCH, "DUK-01");
        log.send(log.registered(log.next(), log.committee(), null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("/api/hierarchy/" + log.committee()).status() == 200);
        JsonApi.Answer moved = admin.post("/api/hierarchy/changes", Map.of("kind", "MOVE", "unit", mover,
                "parent", "DUK-26", "on", FROM));
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
    }

    @AfterEach
    void closeLog() {
        log.close();
    }

    @Test
    void theOldCommitteeReadsTheBranchBeforeTheMoveAndTheNewOneFromIt() {
        assertThat(hospital.get("/api/hierarchy/" + mover + "?on=" + BEFORE).status()).isEqualTo(200);
        assertThat(hospital.get("/api/hierarchy/" + mover + "?on=" + FROM).status()).isEqualTo(403);
        assertThat(college.get("/api/hierarchy/" + mover + "?on=" + BEFORE).status()).isEqualTo(403);
        assertThat(college.get("/api/hierarchy/" + mover + "?on=" + FROM).status()).isEqualTo(200);
        assertThat(bloc.get("/api/hierarchy/" + mover + "?on=" + BEFORE).status()).isEqualTo(200);
        assertThat(bloc.get("/api/hierarchy/" + mover + "?on=" + FROM).status()).isEqualTo(200);
    }

    @Test
    void aPeriodIsReadAsTheTreeStoodOnItsLastDay() {
        assertThat(hospital.get("/api/progress/" + mover + "/2024-H1").status()).isEqualTo(200);
        assertThat(hospital.get("/api/progress/" + mover + "/2024-H2").status()).isEqualTo(403);
        assertThat(hospital.get("/api/reports/" + mover + "/2024-Q3?format=csv").status()).isEqualTo(403);
        assertThat(college.get("/api/progress/" + mover + "/2024-H1").status()).isEqualTo(403);
        assertThat(college.get("/api/progress/" + mover + "/2024").status()).isEqualTo(200);
    }

    @Test
    void aCommitteesChildrenAreThoseOfTheDayAsked() {
        assertThat(hospital.get("/api/status/DUK-01?on=" + BEFORE).<Map<String, Object>>read("$.children"))
                .containsKey(mover);
        assertThat(hospital.get("/api/status/DUK-01?on=" + FROM).<Map<String, Object>>read("$.children"))
                .doesNotContainKey(mover);
        assertThat(college.get("/api/status/DUK-26?on=" + FROM).<Map<String, Object>>read("$.children"))
                .containsKey(mover);
    }

    @Test
    void theLogsListIsEachReadersPartOnly() {
        assertThat(hospital.get("/api/logs").<List<String>>read("$[*].log")).contains("DUK-01")
                .doesNotContain("DUK-26", "DUK", log.committee());
        assertThat(college.get("/api/logs").<List<String>>read("$[*].log")).contains("DUK-26")
                .doesNotContain("DUK-01", "DUK", log.committee());
        assertThat(bloc.get("/api/logs").<List<String>>read("$[*].log")).contains("DUK-01", "DUK-26")
                .doesNotContain(log.committee());
        assertThat(admin.get("/api/logs").<List<String>>read("$[*].log")).contains("DUK-01", "DUK-26", log.committee());
        assertThat(new JsonApi(port).as("duk01.guest").get("/api/logs").status()).isEqualTo(403);
        assertThat(new JsonApi(port).get("/api/logs").status()).isEqualTo(401);
    }

    @Test
    void thePlansWarningsAreEachReadersPartOnly() {
        String plan = log.committee() + "-KH/DUK";
        // Both rows break the breakdown rule (a part above the total): one warning about each committee.
        String table = """
                STT,Mã đơn vị,Đơn vị,,Chỉ tiêu phát triển đảng viên,,
                ,,,,Năm 2031,,
                ,,,,Tổng cộng,Đoàn viên thanh niên,Đoàn viên công đoàn
                1,DUK-01,Đảng bộ,Bệnh viện,2,3,0
                2,DUK-26,Đảng bộ,Trường Cao đẳng,2,3,0
                """;
        JsonApi.Answer imported = admin.postBytes("/api/plans?issuingUnit=DUK&planNumber=" + plan, "text/csv",
                table.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String warnings = "/api/plans/warnings?plan=" + plan;

        assertThat(hospital.get(warnings).<List<String>>read("$[*].unit")).isNotEmpty().containsOnly("DUK-01");
        assertThat(college.get(warnings).<List<String>>read("$[*].unit")).isNotEmpty().containsOnly("DUK-26");
        assertThat(admin.get(warnings).<List<String>>read("$[*].unit")).contains("DUK-01", "DUK-26");
        assertThat(hospital.get(warnings + "&unit=DUK-26").status()).isEqualTo(403);
    }

    @Test
    void theApiDescriptionIsForEveryPdvRoleAndNoOneElse() {
        assertThat(hospital.get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(new JsonApi(port).as("duk01.guest").get("/v3/api-docs").status()).isEqualTo(403);
        assertThat(new JsonApi(port).get("/v3/api-docs").status()).isEqualTo(401);
    }
}
