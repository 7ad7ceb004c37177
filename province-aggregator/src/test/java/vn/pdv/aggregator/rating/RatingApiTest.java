package vn.pdv.aggregator.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.ProvinceTree;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.events.QuotaMetric;
import vn.pdv.events.UnitKind;
import vn.pdv.sheets.SheetRow;
import vn.pdv.sheets.XlsxSheet;
import vn.pdv.stack.JsonApi;

/**
 * Seed 003's district: "admit 3–4% of membership a year", read from the directive's sentence above its table for the
 * district and entered through the API for a commune; judged below, within and above the range in progress, status
 * and the report; and the year-end rating of the district and its communes, as JSON and as the standing committee's
 * list, through the real broker, registry and Keycloak.
 */
@AggregatorTest
class RatingApiTest {

    private static final String SEED_003 = "Nhằm tiếp tục thực hiện Chỉ thị số 19-CT/TU ngày 20/02/2023 của Ban "
            + "Thường vụ Tỉnh ủy, phấn đấu đạt và vượt chỉ tiêu kế hoạch phát triển đảng viên mới năm 2024, đạt tỷ lệ "
            + "kết nạp đảng viên mới hàng năm đạt từ 3-4% tổng số đảng viên của đảng bộ huyện, Ban Thường vụ Huyện ủy "
            + "yêu cầu:";
    private static final String DISTRICT = "Đảng bộ huyện Kim Bảng";
    private static final String BA_SAO = "Đảng bộ xã Ba Sao";
    private static final String QUE = "Đảng bộ thị trấn Quế";
    private static final String THUY_LOI = "Đảng bộ xã Thụy Lôi";

    @LocalServerPort
    int port;

    UnitLog log;
    JsonApi admin;
    String district;
    String baSao;
    String que;
    String thuyLoi;

    @BeforeEach
    void openLog() {
        log = new UnitLog();
        admin = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        district = log.committee();
        baSao = log.unit("2");
        que = log.unit("10");
        thuyLoi = log.unit("3");
    }

    @AfterEach
    void closeLog() {
        log.close();
    }

    /**
     * The district's quota of 9, its three communes' quotas (3, 2, 4) from its plan table under seed 003's sentence;
     * Ba Sao admits 4 (3 youth-union), Quế 2, Thụy Lôi 1. Members: district 300, Ba Sao 100, Quế 60.
     */
    private void playTheDistrictsYear() {
        // The province opens its own unit through its API: a committee's log may register only itself and what lies
        // beneath it (intake/Authority).
        ProvinceTree.open(admin, log.unit("P"), "Đảng bộ tỉnh Hà Nam", UnitKind.PROVINCE_COMMITTEE, null);
        log.send(log.registered(log.next(), district, DISTRICT, log.unit("P")),
                log.registered(log.next(), baSao, BA_SAO, district),
                log.registered(log.next(), que, QUE, district),
                log.registered(log.next(), thuyLoi, THUY_LOI, district),
                log.quota(log.next(), district, 2024, QuotaMetric.ADMISSIONS, 9, Map.of()),
                log.admitted(log.next(), baSao, LocalDate.of(2024, 2, 1), true),
                log.admitted(log.next(), baSao, LocalDate.of(2024, 5, 1), true),
                log.admitted(log.next(), baSao, LocalDate.of(2024, 8, 1), true),
                log.admitted(log.next(), baSao, LocalDate.of(2024, 11, 1), false),
                log.admitted(log.next(), que, LocalDate.of(2024, 3, 1), true),
                log.admitted(log.next(), que, LocalDate.of(2024, 9, 1), false),
                log.admitted(log.next(), thuyLoi, LocalDate.of(2024, 6, 1), true));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonApi.Answer progress = admin.get("/api/progress/" + district + "/2024");
            return progress.status() == 200 && progress.<Integer>read("$.admissions.actual") == 7
                    && admin.get("/api/hierarchy/" + thuyLoi).status() == 200;
        });
        String table = SEED_003 + "\n"
                + "STT,Mã đơn vị,Đơn vị,,Chỉ tiêu phát triển đảng viên\n"
                + ",,,,Năm 2024\n"
                + ",,,,Tổng cộng\n"
                + "1,%s,Đảng bộ xã,%s,3\n".formatted(baSao, BA_SAO)
                + "2,%s,Đảng bộ thị trấn,%s,2\n".formatted(que, QUE)
                + "3,%s,Đảng bộ xã,%s,4\n".formatted(thuyLoi, THUY_LOI);
        assertThat(admin.postBytes("/api/plans?issuingUnit=" + district + "&planNumber=141-CV/HU", "text/csv",
                table.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        for (var members : Map.of(district, 300, baSao, 100, que, 60).entrySet()) {
            assertThat(admin.put("/api/units/" + members.getKey() + "/membership/2024",
                    Map.of("members", members.getValue())).status()).isEqualTo(200);
        }
    }

    @Test
    void aRangeEnteredThroughTheApiIsJudgedInProgressAndStatusBesideTheOneThePlansTextSet() {
        playTheDistrictsYear();

        JsonApi.Answer entered = admin.put("/api/units/" + baSao + "/targets/2024", Map.of("plan", "141-CV/HU",
                "membership", Map.of("atLeastPercent", 3, "atMostPercent", 4),
                "shares", List.of(Map.of("attribute", "YOUTH_UNION", "atLeastPercent", 70))));
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        assertThat(entered.<List<String>>read("$.ratios[*].vietnamese"))
                .containsExactly("từ 3–4% tổng số đảng viên", "từ 70% trở lên là đoàn viên thanh niên");
        admin.put("/api/units/" + que + "/targets/2024", Map.of("plan", "141-CV/HU",
                "membership", Map.of("atLeastPercent", 3, "atMostPercent", 3)));

        JsonApi.Answer baSaoProgress = admin.get("/api/progress/" + baSao + "/2024");
        assertThat(baSaoProgress.<List<String>>read("$.ratios[*].fulfilment")).containsExactly("MET", "MET");
        assertThat(baSaoProgress.<List<String>>read("$.ratios[*].vietnamese")).containsExactly(
                "Kết nạp từ 3–4% tổng số đảng viên: 4/100 = 4,0% (đạt)",
                "đoàn viên thanh niên từ 70% trở lên: 3/4 = 75,0% (đạt)");
        assertThat(admin.get("/api/progress/" + que + "/2024").<List<String>>read("$.ratios[*].fulfilment"))
                .as("2 of 60 is 3.3%, above a range that ends at 3%").containsExactly("EXCEEDED");
        JsonApi.Answer districtProgress = admin.get("/api/progress/" + district + "/2024");
        assertThat(districtProgress.<List<String>>read("$.ratios[*].vietnamese")).as("read from the plan's sentence")
                .containsExactly("Kết nạp từ 3–4% tổng số đảng viên: 7/300 = 2,3% (không đạt)");
        assertThat(districtProgress.<List<String>>read("$.ratios[*].plan")).containsExactly("141-CV/HU");

        // Part-way through the year a share of membership is judged against the pace, as a quota is: 3% of 300 is 9 a
        // year, and by 30 June (182 of 366 days) the pace asks for 4 of them, rounded down.
        JsonApi.Answer status = admin.get("/api/status/" + district + "?on=2024-06-30");
        assertThat(status.<List<String>>read("$.ratios['" + district + "'][*].fulfilment"))
                .as("4 admitted by June of 300, the pace asks 4").containsExactly("MET");
        assertThat(status.<List<Integer>>read("$.ratios['" + district + "'][*].expectedByNow")).containsExactly(4);
        assertThat(status.<List<String>>read("$.ratios['" + baSao + "'][*].vietnamese")).containsExactly(
                "Kết nạp từ 3–4% tổng số đảng viên: 2/100 = 2,0%, theo tiến độ cần 1 đến ngày 2024-06-30 (đạt)",
                "đoàn viên thanh niên từ 70% trở lên: 2/2 = 100,0% (đạt)");
        assertThat(admin.get("/api/status/" + district + "?on=2024-12-31")
                .<List<String>>read("$.ratios['" + district + "'][*].fulfilment"))
                .as("the year over: 7 of 300 is 2.3%, below 3%").containsExactly("NOT_MET");
        assertThat(status.<List<Object>>read("$.ratios['" + thuyLoi + "']")).isEmpty();
    }

    @Test
    void ratesTheDistrictAndEachCommuneVuotDatKhongDatAsJsonAndAsTheStandingCommitteesList() throws IOException {
        playTheDistrictsYear();
        admin.put("/api/units/" + baSao + "/targets/2024", Map.of("plan", "141-CV/HU",
                "membership", Map.of("atLeastPercent", 3, "atMostPercent", 4)));

        JsonApi.Answer ratings = admin.get("/api/ratings/" + district + "/2024");

        assertThat(ratings.status()).as(ratings.body()).isEqualTo(200);
        assertThat(ratings.<Boolean>read("$.provisional")).isFalse();
        assertThat(ratings.<List<String>>read("$.units[*].unit")).containsExactly(district, baSao, thuyLoi, que);
        assertThat(ratings.<List<Integer>>read("$.units[*].depth")).containsExactly(0, 1, 1, 1);
        assertThat(ratings.<List<String>>read("$.units[*].rating"))
                .containsExactly("NOT_MET", "EXCEEDED", "NOT_MET", "MET");
        assertThat(ratings.<List<String>>read("$.units[*].ratingVi"))
                .containsExactly("không đạt", "vượt", "không đạt", "đạt");
        assertThat(ratings.<List<String>>read("$.units[1].inputs[*].vietnamese")).containsExactly(
                "Kết nạp đảng viên: 4/3 (vượt)", "Kết nạp từ 3–4% tổng số đảng viên: 4/100 = 4,0% (đạt)");
        assertThat(ratings.<String>read("$.units[1].proposal")).isEqualTo("Biểu dương, khen thưởng");
        assertThat(ratings.<String>read("$.units[2].proposal")).isEqualTo("Chấn chỉnh, kiểm điểm");

        ResponseEntity<byte[]> workbook = admin.getBytes("/api/ratings/" + district + "/2024?format=xlsx");
        assertThat(workbook.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("danh-gia-" + district + "-2024.xlsx");
        List<SheetRow> rows = XlsxSheet.read(new ByteArrayInputStream(workbook.getBody()), "Đánh giá năm 2024");
        List<String> lines = rows.stream().map(SheetRow::joined).toList();
        assertThat(lines).containsSubsequence("ĐẢNG BỘ TỈNH HÀ NAM ĐẢNG CỘNG SẢN VIỆT NAM",
                "DANH SÁCH ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHỈ TIÊU PHÁT TRIỂN ĐẢNG VIÊN NĂM 2024",
                "I. HOÀN THÀNH VƯỢT CHỈ TIÊU (đề nghị biểu dương, khen thưởng): 1 tổ chức",
                "II. HOÀN THÀNH CHỈ TIÊU: 1 tổ chức",
                "III. KHÔNG HOÀN THÀNH CHỈ TIÊU (đề nghị chấn chỉnh, kiểm điểm): 2 tổ chức",
                "IV. CHƯA ĐƯỢC GIAO CHỈ TIÊU: 0 tổ chức");
        assertThat(rows).filteredOn(row -> row.cell(0).equals("STT")).singleElement()
                .extracting(SheetRow::cells).isEqualTo(List.of("STT", "Tổ chức đảng", "Chỉ tiêu kết nạp", "Đã kết nạp",
                        "Tỷ lệ % so với chỉ tiêu", "Chỉ tiêu tạo nguồn", "Đã tạo nguồn", "Chỉ tiêu tỷ lệ và kết quả",
                        "Đánh giá", "Đề nghị"));
        assertThat(rows).filteredOn(row -> row.cell(1).strip().equals(BA_SAO)).singleElement()
                .extracting(SheetRow::cells).isEqualTo(List.of("1", BA_SAO, "3", "4", "133.3", "", "0",
                        "Kết nạp từ 3–4% tổng số đảng viên: 4/100 = 4,0% (đạt)", "Vượt", "Biểu dương, khen thưởng"));
        assertThat(rows).filteredOn(row -> row.cell(8).equals("Không đạt")).extracting(row -> row.cell(1).strip())
                .containsExactly(DISTRICT, THUY_LOI);

        List<SheetRow> report = XlsxSheet.read(new ByteArrayInputStream(
                admin.getBytes("/api/reports/" + district + "/2024").getBody()), "Kết nạp đảng viên");
        assertThat(report.stream().map(SheetRow::joined)).contains(
                "Mục tiêu tỷ lệ của " + DISTRICT + " (141-CV/HU): Kết nạp từ 3–4% tổng số đảng viên: 7/300 = 2,3% "
                        + "(không đạt)",
                "Mục tiêu tỷ lệ của " + BA_SAO + " (141-CV/HU): Kết nạp từ 3–4% tổng số đảng viên: 4/100 = 4,0% (đạt)");
    }

    /** Quotas survive reorganisation: the successor of a merge carries its predecessors' quotas for the year. */
    @Test
    void aCommuneMergedFromTwoCarriesTheirQuotasForTheYearInProgressStatusAndRating() {
        playTheDistrictsYear();
        String merged = log.unit("20");

        JsonApi.Answer change = admin.post("/api/hierarchy/changes", Map.of("kind", "MERGE",
                "units", List.of(baSao, thuyLoi), "into", merged, "on", "2024-07-01",
                "name", "Đảng bộ xã Ba Sao – Thụy Lôi", "unitKind", "GRASSROOTS_COMMITTEE", "parent", district));

        assertThat(change.status()).as(change.body()).isEqualTo(201);
        JsonApi.Answer progress = admin.get("/api/progress/" + merged + "/2024");
        assertThat(progress.<Integer>read("$.admissions.quota")).as("3 of Ba Sao and 4 of Thụy Lôi").isEqualTo(7);
        assertThat(progress.<String>read("$.plans.ADMISSIONS.number")).isEqualTo("141-CV/HU");
        JsonApi.Answer status = admin.get("/api/status/" + merged + "?on=2024-12-31");
        assertThat(status.<List<Integer>>read("$.statuses[?(@.metric == 'ADMISSIONS')].quota")).containsExactly(7);
        JsonApi.Answer ratings = admin.get("/api/ratings/" + district + "/2024");
        assertThat(ratings.<List<String>>read("$.units[*].unit")).containsExactly(district, que, merged);
        assertThat(ratings.<Integer>read("$.units[2].admissionsQuota")).isEqualTo(7);

        JsonApi.Answer reassigned = admin.postBytes("/api/plans?issuingUnit=" + district + "&planNumber=142-KH/HU",
                "text/csv", ("STT,Mã đơn vị,Đơn vị,,Chỉ tiêu phát triển đảng viên\n,,,,Năm 2024\n,,,,Tổng cộng\n"
                        + "1,%s,Đảng bộ xã,Đảng bộ xã Ba Sao – Thụy Lôi,5\n".formatted(merged))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(201);
        assertThat(admin.get("/api/progress/" + merged + "/2024").<Integer>read("$.admissions.quota"))
                .as("a quota of its own is a reassignment").isEqualTo(5);
    }

    @Test
    void aCommuneSecretaryRatesOnlyItsOwnSubtree() {
        playTheDistrictsYear();
        // The demo realm's accounts belong to DUK units; the subtree rule is that of every figure (AccessMatrixTest).
        JsonApi.Answer refused = new JsonApi(port).as("duk01.viewer").get("/api/ratings/" + district + "/2024");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.<String>read("$.rule")).isEqualTo("unit-out-of-scope");
    }

    @Test
    void refusesARangeUpsideDownAnUnknownAttributeAPercentOver100AndAQuarterForARatingNamingTheField() {
        log.send(log.registered(log.next(), district, DISTRICT, (String) null));
        await().atMost(Duration.ofSeconds(30)).until(() -> admin.get("/api/hierarchy/" + district).status() == 200);

        JsonApi.Answer inverted = admin.put("/api/units/" + district + "/targets/2024", Map.of("plan", "141-CV/HU",
                "membership", Map.of("atLeastPercent", 4, "atMostPercent", 3)));
        JsonApi.Answer unknown = admin.put("/api/units/" + district + "/targets/2024", Map.of("plan", "141-CV/HU",
                "shares", List.of(Map.of("attribute", "STUDENTS", "atLeastPercent", 30))));
        JsonApi.Answer over = admin.put("/api/units/" + district + "/targets/2024", Map.of("plan", "141-CV/HU",
                "membership", Map.of("atLeastPercent", 130)));
        JsonApi.Answer empty = admin.put("/api/units/" + district + "/targets/2024", Map.of("plan", "141-CV/HU"));
        JsonApi.Answer nobody = admin.put("/api/units/NOPE-" + district + "/targets/2024", Map.of("plan", "141-CV/HU",
                "membership", Map.of("atLeastPercent", 3)));
        JsonApi.Answer quarter = admin.get("/api/ratings/" + district + "/2024-Q1");

        assertThat(inverted.status()).isEqualTo(400);
        assertThat(inverted.contentType()).startsWith("application/problem+json");
        assertThat(inverted.<String>read("$.field")).isEqualTo("membership.atMostPercent");
        assertThat(inverted.<String>read("$.rule")).isEqualTo("range-inverted");
        assertThat(inverted.<String>read("$.detail")).contains("Mức trên (3%) nhỏ hơn mức dưới (4%)");
        assertThat(inverted.<String>read("$.detailEn")).contains("top of the range (3%) is below its bottom (4%)");
        assertThat(unknown.<String>read("$.field")).isEqualTo("shares[0].attribute");
        assertThat(unknown.<String>read("$.rule")).isEqualTo("attribute-unknown");
        assertThat(over.<String>read("$.field")).isEqualTo("membership.atLeastPercent");
        assertThat(over.<String>read("$.rule")).isEqualTo("percent-out-of-range");
        assertThat(empty.<String>read("$.rule")).isEqualTo("target-empty");
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(nobody.<String>read("$.field")).isEqualTo("unit");
        assertThat(quarter.status()).isEqualTo(400);
        assertThat(quarter.<String>read("$.field")).isEqualTo("year");
        assertThat(quarter.<String>read("$.rule")).isEqualTo("year-expected");
        assertThat(admin.get("/api/progress/" + district + "/2024").<List<Object>>read("$.ratios")).isEmpty();
    }
}
