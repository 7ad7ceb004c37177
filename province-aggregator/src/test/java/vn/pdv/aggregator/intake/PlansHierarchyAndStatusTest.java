package vn.pdv.aggregator.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.ProvinceTree;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.events.EventMetadata;
import vn.pdv.events.PeriodKind;
import vn.pdv.events.PlanReference;
import vn.pdv.events.QuotaAssigned;
import vn.pdv.events.QuotaMetric;
import vn.pdv.events.QuotaPeriod;
import vn.pdv.events.UnitKind;
import vn.pdv.events.UnitRegistered;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.Tokens;

/**
 * The tree through time, quotas of every period and statuses, from events sent through the real broker and staff
 * calls to the API.
 */
@AggregatorTest
class PlansHierarchyAndStatusTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @LocalServerPort
    int port;

    JsonApi api;
    UnitLog log;

    @BeforeEach
    void openLog() {
        api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        log = new UnitLog();
    }

    @AfterEach
    void closeLog() {
        log.close();
    }

    @Test
    void eachYearAddsUpTheWayItsTreeStoodAcrossAMoveAndAMerge() {
        String root = log.committee();
        String a = log.unit("A");
        String b = log.unit("B");
        String x = log.unit("X");
        log.send(log.registered(log.next(), root, null), log.registered(log.next(), a, root),
                log.registered(log.next(), b, root), log.registered(log.next(), x, a),
                log.admitted(log.next(), x, LocalDate.of(2024, 5, 19), true),
                log.admitted(log.next(), x, LocalDate.of(2025, 3, 3), true),
                // From the reform X belongs to B: a new version, not an edit.
                registered(log.next(), x, b, REFORM),
                log.admitted(log.next(), x, LocalDate.of(2025, 9, 2), true));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(actual(root, "2025")).isEqualTo(2));
        assertThat(actual(a, "2024")).isEqualTo(1);
        assertThat(actual(a, "2025")).isEqualTo(1);
        assertThat(actual(b, "2025")).isEqualTo(1);
        assertThat(api.get("/api/hierarchy/" + x + "?on=2025-06-30").<String>read("$.version.parent")).isEqualTo(a);
        assertThat(api.get("/api/hierarchy/" + x + "?on=2025-07-01").<String>read("$.version.parent")).isEqualTo(b);
        assertThat(api.get("/api/hierarchy/" + x).<List<?>>read("$.history")).hasSize(2);

        String c = log.unit("C");
        var merged = api.post("/api/hierarchy/changes", Map.of("kind", "MERGE", "units", List.of(a, b), "into", c,
                "on", "2025-10-01", "name", "Đảng bộ C", "unitKind", "GRASSROOTS_COMMITTEE", "parent", root));

        assertThat(merged.status()).isEqualTo(201);
        assertThat(api.get("/api/hierarchy/" + x + "?on=2025-10-01").<String>read("$.version.parent")).isEqualTo(c);
        var successor = api.get("/api/progress/" + c + "/2025");
        assertThat(successor.<Integer>read("$.admissions.actual")).isEqualTo(2);
        assertThat(successor.<List<String>>read("$.predecessors")).containsExactlyInAnyOrder(a, b);
        assertThat(actual(root, "2025")).isEqualTo(2);
        assertThat(actual(a, "2025")).isEqualTo(1);
    }

    @Test
    void refusesUnsoundChangesWithProblemDetailsNamingTheField() {
        String root = log.committee();
        log.send(log.registered(log.next(), root, null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/hierarchy/" + root).status()).isEqualTo(200));

        var badKind = api.post("/api/hierarchy/changes", Map.of("kind", "SPLIT", "unit", root, "on", "2025-07-01"));
        var badDate = api.post("/api/hierarchy/changes", Map.of("kind", "RENAME", "unit", root, "on", "1/7/2025"));
        var unknown = api.post("/api/hierarchy/changes", Map.of("kind", "MOVE", "unit", root, "parent", "NOPE",
                "on", "2025-07-01"));

        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.<String>read("$.field")).isEqualTo("kind");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.<String>read("$.field")).isEqualTo("on");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.<String>read("$.field")).isEqualTo("parent");
        assertThat(unknown.<String>read("$.type")).isEqualTo("urn:pdv:problem:unit-unknown");
        assertThat(unknown.<String>read("$.detailEn")).contains("NOPE");
    }

    @Test
    void aReorganisationIsMadeWholeEachChangeOnTheTreeTheOnesBeforeItLeftOrNotAtAll() {
        String root = log.committee();
        String a = log.unit("A");
        String b = log.unit("B");
        log.send(log.registered(log.next(), root, null), log.registered(log.next(), a, root),
                log.registered(log.next(), b, root));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/hierarchy/" + b).status()).isEqualTo(200));
        String commune = log.unit("N");

        // The second change moves A under the commune the first one opens: decided on the tree the first left.
        var made = api.post("/api/hierarchy/reorganisations", Map.of("changes", List.of(
                Map.of("kind", "OPEN", "unit", commune, "name", "Xã mới", "unitKind", "GRASSROOTS_COMMITTEE",
                        "parent", root, "on", "2025-07-01"),
                Map.of("kind", "MOVE", "unit", a, "parent", commune, "on", "2025-07-01"))));
        // The second change is refused, so its sound first change is not written either.
        var refused = api.post("/api/hierarchy/reorganisations", Map.of("changes", List.of(
                Map.of("kind", "MOVE", "unit", b, "parent", commune, "on", "2025-07-01"),
                Map.of("kind", "MOVE", "unit", b, "parent", "NOPE", "on", "2025-07-01"))));
        var malformed = api.post("/api/hierarchy/reorganisations", Map.of("changes", List.of(
                Map.of("kind", "MOVE", "unit", b, "parent", commune, "on", "1/7/2025"))));

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.<List<String>>read("$.versions[*].code")).containsExactly(commune, a);
        assertThat(api.get("/api/hierarchy/" + a + "?on=2025-07-01").<String>read("$.version.parent"))
                .isEqualTo(commune);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.<String>read("$.field")).isEqualTo("changes[1].parent");
        assertThat(refused.<String>read("$.type")).isEqualTo("urn:pdv:problem:unit-unknown");
        assertThat(refused.<String>read("$.detail")).startsWith("Thay đổi thứ 2: ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.<String>read("$.field")).isEqualTo("changes[0].on");
        assertThat(api.get("/api/hierarchy/" + b + "?on=2025-07-01").<String>read("$.version.parent"))
                .isEqualTo(root);
        assertThat(api.get("/api/hierarchy/" + b).<List<?>>read("$.history")).hasSize(1);
    }

    @Test
    void aTermQuotaShowsForTheTermAndIsNamedRatherThanInventedForAYear() {
        String unit = log.committee();
        log.send(log.registered(log.next(), unit, null),
                quota(log.next(), unit, PeriodKind.TERM, 2020, 2025, 30),
                log.admitted(log.next(), unit, LocalDate.of(2021, 4, 1), true),
                log.admitted(log.next(), unit, LocalDate.of(2024, 4, 1), true));

        // The four events may be applied in more than one batch: wait for the last admission, not only the quota.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/progress/" + unit + "/2020-2025").<Integer>read("$.admissions.actual"))
                        .isEqualTo(2));
        var term = api.get("/api/progress/" + unit + "/2020-2025");
        assertThat(term.<Integer>read("$.admissions.quota")).isEqualTo(30);
        assertThat(term.<Double>read("$.admissions.percentOfPlan")).isEqualTo(6.7);
        assertThat(term.<String>read("$.plans.ADMISSIONS.number")).isEqualTo("104-KH/ĐUK");
        var year = api.get("/api/progress/" + unit + "/2024");
        assertThat(year.<Integer>read("$.admissions.quota")).isNull();
        assertThat(year.<String>read("$.otherPeriods[0].period")).isEqualTo("2020-2025");
        assertThat(year.<Integer>read("$.otherPeriods[0].figure.quota")).isEqualTo(30);
        assertThat(year.<String>read("$.notes[0].english")).contains("No admission quota of its own for 2024")
                .contains("term 2020–2025 quota is 30");
    }

    @Test
    void judgesTheUnitAndItsChildrenOnTheDay() {
        String root = log.committee();
        String child = log.unit("A");
        log.send(log.registered(log.next(), root, null), log.registered(log.next(), child, root),
                quota(log.next(), root, PeriodKind.YEAR, 2024, null, 6),
                log.admitted(log.next(), child, LocalDate.of(2024, 3, 1), true),
                log.admitted(log.next(), child, LocalDate.of(2024, 4, 1), true),
                log.admitted(log.next(), child, LocalDate.of(2024, 5, 1), true),
                log.source(log.next(), child, LocalDate.of(2024, 5, 2)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/progress/" + root + "/2024").<Integer>read("$.sources.actual")).isEqualTo(1));
        // 30 June: the pace asks 2 of 6; 3 admitted, but 3 to go and a pipeline of 1 source.
        var june = api.get("/api/status/" + root + "?on=2024-06-30");
        assertThat(june.status()).isEqualTo(200);
        assertThat(june.<String>read("$.statuses[0].metric")).isEqualTo("ADMISSIONS");
        assertThat(june.<String>read("$.statuses[0].unit")).isEqualTo(root);
        assertThat(june.<String>read("$.statuses[0].period")).isEqualTo("2024");
        assertThat(june.<String>read("$.statuses[0].statusVi")).isEqualTo("có nguy cơ không đạt");
        assertThat(june.<Integer>read("$.statuses[0].expected")).isEqualTo(2);
        assertThat(june.<String>read("$.statuses[0].status")).isEqualTo("AT_RISK");
        assertThat(june.<String>read("$.statuses[0].reasonEn")).contains("pipeline is thin");
        assertThat(june.<String>read("$.children['" + child + "'][0].status")).isEqualTo("UNKNOWN");
        // By 30 November the pace asks 5: 3 is more than 20% behind.
        var november = api.get("/api/status/" + root + "?on=2024-11-30");
        assertThat(november.<String>read("$.statuses[0].status")).isEqualTo("LAGGING");
        assertThat(november.<String>read("$.statuses[0].reason")).startsWith("Chậm tiến độ: 3/6");
        assertThat(api.get("/api/status/" + root + "?on=30-11-2024").status()).isEqualTo(400);
        assertThat(api.get("/api/status/NOPE").status()).isEqualTo(404);
    }

    @Test
    void importsAPlanTableKeepsItsWarningsByRowAndShowsItsRatioTargets() throws Exception {
        String bloc = "DUK";
        // The plan names the real bloc and committees: the province opens them (no committee's log may).
        ProvinceTree.demoBloc(api);
        log.send(log.admitted(log.next(), "DUK-01", LocalDate.of(2024, 4, 2), true),
                log.admitted(log.next(), "DUK-01", LocalDate.of(2024, 4, 3), false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(actual(bloc, "2024")).isEqualTo(2));

        HttpResponse<String> imported = send(HttpRequest.newBuilder(uri("/api/plans?issuingUnit=DUK"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(seedPlan())));
        assertThat(imported.statusCode()).isEqualTo(201);
        assertThat(JsonPath.<Integer>read(imported.body(), "$.quotasLoaded")).isEqualTo(110);
        HttpResponse<String> membership = send(HttpRequest.newBuilder(uri("/api/units/DUK/membership/2024"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"members\": 50}")));
        assertThat(membership.statusCode()).isEqualTo(200);

        var warnings = api.get("/api/plans/warnings?plan=104-KH/ĐUK");
        assertThat(warnings.<List<String>>read("$[*].rule")).contains("BREAKDOWN_EXCEEDS_TOTAL", "UNIT_UNKNOWN");
        assertThat(warnings.<List<String>>read("$[?(@.rule == 'BREAKDOWN_EXCEEDS_TOTAL')].row")).containsExactly("24");
        var unit = api.get("/api/progress/DUK-01/2024");
        assertThat(unit.<Integer>read("$.admissions.quota")).isEqualTo(20);
        assertThat(unit.<Integer>read("$.admissionsBy.YOUTH_UNION.quota")).isEqualTo(13);
        assertThat(unit.<String>read("$.plans.ADMISSIONS.issuedOn")).isEqualTo("2024-03-06");
        var blocProgress = api.get("/api/progress/DUK/2024");
        assertThat(blocProgress.<List<Boolean>>read("$.ratios[?(@.attribute == 'YOUTH_UNION')].met")).containsExactly(false);
        assertThat(blocProgress.<List<Double>>read("$.ratios[?(@.attribute == 'YOUTH_UNION')].actualPercent"))
                .containsExactly(50.0);
        // 2 of 50 members is 4%: the "over 4% of membership" target is met.
        assertThat(blocProgress.<List<Boolean>>read("$.ratios[?(@.whole == 50)].met")).containsExactly(true);
    }

    @Test
    void anImportWarnsOfAQuotaForAUnitWithoutSourcesOfATargetOutsideTheStatedMembershipAndOfAMissingPeriod()
            throws Exception {
        String committee = log.committee();
        String withSources = log.unit("A");
        String withoutSources = log.unit("B");
        log.send(log.registered(log.next(), committee, null), log.registered(log.next(), withSources, committee),
                log.registered(log.next(), withoutSources, committee),
                log.source(log.next(), withSources, LocalDate.of(2024, 2, 1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("/api/progress/" + committee + "/2024").<Integer>read("$.sources.actual")).isEqualTo(1));
        HttpResponse<String> membership = send(HttpRequest.newBuilder(uri("/api/units/" + committee + "/membership/2024"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"members\": 1000}")));
        assertThat(membership.statusCode()).isEqualTo(200);
        // Ten a year is 1% of a thousand members, short of "over 4%"; B holds no one short of admission.
        String table = """
                "Chỉ tiêu: Năm 2024, mỗi năm kết nạp 10 đảng viên mới (đạt trên 4%% đảng viên toàn Đảng bộ)."
                STT,Mã đơn vị,Đơn vị,,Chỉ tiêu phát triển đảng viên,,
                ,,,,Năm 2024,,
                ,,,,Tổng cộng,Đoàn viên thanh niên,Đoàn viên công đoàn
                1,%s,Chi bộ,Chi bộ A,6,4,2
                2,%s,Chi bộ,Chi bộ B,4,2,2
                """.formatted(withSources, withoutSources);

        HttpResponse<String> imported = send(HttpRequest.newBuilder(uri("/api/plans?issuingUnit=" + committee
                        + "&planNumber=9-KH/" + committee + "&expectedPeriods=2024,2025"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(table)));

        assertThat(imported.statusCode()).isEqualTo(201);
        assertThat(JsonPath.<List<String>>read(imported.body(), "$.warnings[?(@.rule == 'QUOTA_WITHOUT_SOURCES')].unit"))
                .containsExactly(withoutSources);
        assertThat(JsonPath.<List<Integer>>read(imported.body(),
                "$.warnings[?(@.rule == 'MEMBERSHIP_RATE_OUTSIDE_TARGET')].values.membership")).containsExactly(1000);
        assertThat(JsonPath.<List<String>>read(imported.body(),
                "$.warnings[?(@.rule == 'PERIOD_COLUMNS_MISSING')].values.period")).containsExactly("2025");
    }

    private int actual(String unit, String period) {
        return api.get("/api/progress/" + unit + "/" + period).<Integer>read("$.admissions.actual");
    }

    private UnitRegistered registered(EventMetadata metadata, String code, String parent, LocalDate from) {
        return UnitRegistered.newBuilder().setMetadata(metadata).setCode(code).setName("Đơn vị " + code)
                .setKind(parent == null ? UnitKind.BLOC_COMMITTEE : UnitKind.GRASSROOTS_COMMITTEE)
                .setParentCode(parent).setEffectiveFrom(from).build();
    }

    private QuotaAssigned quota(EventMetadata metadata, String target, PeriodKind kind, int year, Integer endYear,
                                int total) {
        return QuotaAssigned.newBuilder().setMetadata(metadata).setIssuingUnitCode(log.committee())
                .setTargetUnitCode(target)
                .setPlan(PlanReference.newBuilder().setNumber("104-KH/ĐUK").setIssuedOn(LocalDate.of(2024, 3, 6)).build())
                .setPeriod(QuotaPeriod.newBuilder().setKind(kind).setYear(year).setEndYear(endYear).build())
                .setMetric(QuotaMetric.ADMISSIONS).setTarget(total).setBreakdown(Map.of()).build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path.replace("Đ", "%C4%90"));
    }

    /** As the province administrator, who imports plans and states membership. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.header("Authorization", "Bearer " + Tokens.of(AggregatorTest.PROVINCE_ADMIN))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static byte[] seedPlan() throws IOException {
        try (InputStream csv = PlansHierarchyAndStatusTest.class.getResourceAsStream("/plans/104-KH-DUK-2024-2025.csv")) {
            return csv.readAllBytes();
        }
    }
}
