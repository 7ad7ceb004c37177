package vn.pdv.unit.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.pdv.unit.Fixtures.aSource;
import static vn.pdv.unit.Fixtures.body;
import static vn.pdv.unit.Fixtures.lastSequence;
import static vn.pdv.unit.Fixtures.registeredCommitteeAndBranch;
import static vn.pdv.unit.Fixtures.walkedUpTo;
import static vn.pdv.unit.PublishedEvents.decode;
import static vn.pdv.unit.PublishedEvents.recordsOf;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import vn.pdv.stack.JsonApi;
import vn.pdv.unit.PublishedEvents;
import vn.pdv.unit.UnitServiceTest;

/**
 * Classes over HTTP against the real stack: a class planned, candidates enrolled (only those at the class's stage),
 * its list downloaded as a workbook with their names, the class held — which issues each attendee's certificate or
 * completes their new-member class through the pipeline's own steps — and published to the province as counts only.
 */
@UnitServiceTest
class ClassApiTest {

    @LocalServerPort
    int port;

    JsonApi secretary;
    JsonApi clerk;

    @BeforeEach
    void theCommittee() {
        secretary = registeredCommitteeAndBranch(port);
        clerk = new JsonApi(port).as("duk01.clerk");
    }

    @Test
    void holdingAnAwarenessClassIssuesEachAttendeesCertificateAndPublishesOnlyItsCounts() {
        String lan = walkedUpTo(secretary, "certificate", aSource("DUK-01-KN"));
        String khang = walkedUpTo(secretary, "certificate", aSource("DUK-01-KN", "Võ Minh Khang", "052300005555"));
        String classId = planned("AWARENESS", "Lớp nhận thức về Đảng khóa I/2024", "2024-02-26", "2024-03-01");

        assertThat(clerk.post("/api/classes/" + classId + "/enrolments", body("candidateId", lan)).status()).isEqualTo(201);
        JsonApi.Answer both = clerk.post("/api/classes/" + classId + "/enrolments", body("candidateId", khang));
        assertThat(both.<List<String>>read("$.enrolled")).containsExactly(lan, khang);

        JsonApi.Answer held = clerk.post("/api/classes/" + classId + "/completion", body("heldOn", "2024-03-01",
                "attendees", List.of(body("candidateId", lan, "certificateNumber", "GCN-2024-201"))));

        assertThat(held.status()).as(held.body()).isEqualTo(201);
        assertThat(held.<List<Boolean>>read("$.steps[*].recorded")).containsExactly(true);
        assertThat(secretary.get("/api/candidates/" + lan).<String>read("$.stage")).isEqualTo("CERTIFIED");
        assertThat(secretary.get("/api/candidates/" + khang).<String>read("$.stage")).as("absent").isEqualTo("SYMPATHISER");
        assertThat(secretary.get("/api/classes/" + classId).<String>read("$.heldOn")).isEqualTo("2024-03-01");

        vn.pdv.events.ClassHeld published = await().atMost(Duration.ofSeconds(60))
                .until(() -> recordsOf("DUK-01").stream()
                        .map(PublishedEvents::decode).filter(vn.pdv.events.ClassHeld.class::isInstance)
                        .map(vn.pdv.events.ClassHeld.class::cast)
                        .filter(event -> event.getClassId().equals(classId)).findFirst().orElse(null), Objects::nonNull);
        assertThat(published.getKind()).isEqualTo(vn.pdv.events.ClassKind.AWARENESS);
        assertThat(published.getOrganiserCode()).isEqualTo("DUK-01");
        assertThat(published.getHeldOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(published.getEnrolled()).isEqualTo(2);
        assertThat(published.getAttended()).isEqualTo(1);
        assertThat(published.toString()).doesNotContain("Nguyễn Thị Lan", "Võ Minh Khang", lan, khang);
    }

    @Test
    void holdingANewMemberClassCompletesItForEachAttendee() {
        String member = walkedUpTo(secretary, "new-member-class", aSource("DUK-01-KN"));
        String classId = planned("NEW_MEMBER", "Lớp đảng viên mới 2024", "2024-08-12", "2024-08-20");
        clerk.post("/api/classes/" + classId + "/enrolments", body("candidateId", member));

        JsonApi.Answer held = clerk.post("/api/classes/" + classId + "/completion", body("heldOn", "2024-08-20",
                "attendees", List.of(body("candidateId", member))));

        assertThat(held.status()).as(held.body()).isEqualTo(201);
        assertThat(secretary.get("/api/candidates/" + member).<String>read("$.stage"))
                .isEqualTo("NEW_MEMBER_CLASS_COMPLETED");
    }

    @Test
    void theListDownloadsAsAWorkbookWithTheEnrolledNamesAndWhoAttended() throws Exception {
        String lan = walkedUpTo(secretary, "certificate", aSource("DUK-01-KN"));
        String classId = planned("AWARENESS", "Lớp nhận thức về Đảng khóa II/2024", "2024-02-26", "2024-03-01");
        clerk.post("/api/classes/" + classId + "/enrolments", body("candidateId", lan));

        ResponseEntity<byte[]> before = clerk.getBytes("/api/classes/" + classId + "/list.xlsx");
        clerk.post("/api/classes/" + classId + "/completion", body("heldOn", "2024-03-01",
                "attendees", List.of(body("candidateId", lan, "certificateNumber", "GCN-2024-202"))));
        ResponseEntity<byte[]> after = clerk.getBytes("/api/classes/" + classId + "/list.xlsx");

        assertThat(before.getHeaders().getContentType()).hasToString(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(before.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
        List<List<String>> planned = cells(before.getBody());
        assertThat(planned.getFirst().getFirst()).isEqualTo(
                "Danh sách học viên lớp bồi dưỡng nhận thức về Đảng: Lớp nhận thức về Đảng khóa II/2024");
        assertThat(planned.get(2)).containsExactly("STT", "Họ và tên", "Ngày sinh", "Chi bộ");
        assertThat(planned.get(3)).containsExactly("1", "Nguyễn Thị Lan", "12/04/2000", "Chi bộ DUK-01-KN");
        assertThat(cells(after.getBody()).get(3)).endsWith("Có");
    }

    @Test
    void aCandidateNotAtTheClassesStageIsRefusedAndSoIsAnAttendeeNotOnTheListAndNothingIsWritten() {
        String source = walkedUpTo(secretary, "sympathisers", aSource("DUK-01-KN"));
        String listed = walkedUpTo(secretary, "certificate", aSource("DUK-01-KN"));
        String classId = planned("AWARENESS", "Lớp nhận thức", "2024-02-26", "2024-03-01");
        long before = lastSequence(secretary);

        JsonApi.Answer wrongStage = clerk.post("/api/classes/" + classId + "/enrolments", body("candidateId", source));
        JsonApi.Answer stranger = clerk.post("/api/classes/" + classId + "/completion", body("heldOn", "2024-03-01",
                "attendees", List.of(body("candidateId", listed, "certificateNumber", "GCN-1"))));
        JsonApi.Answer backwards = clerk.post("/api/classes", body("kind", "AWARENESS", "title", "Lớp",
                "organiserCode", "DUK-01", "startsOn", "2024-03-01", "endsOn", "2024-02-26"));

        assertThat(wrongStage.status()).isEqualTo(422);
        assertThat(wrongStage.<String>read("$.rule")).isEqualTo("CLASS_ENROLMENT_STAGE");
        assertThat(wrongStage.<String>read("$.field")).isEqualTo("candidateId");
        assertThat(wrongStage.<String>read("$.detail")).contains("lớp bồi dưỡng nhận thức về Đảng");
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.<String>read("$.rule")).isEqualTo("CLASS_ATTENDEE_NOT_ENROLLED");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.<String>read("$.field")).isEqualTo("endsOn");
        assertThat(lastSequence(secretary)).isEqualTo(before);
        assertThat(secretary.get("/api/candidates/" + listed).<String>read("$.stage")).isEqualTo("SYMPATHISER");
    }

    @Test
    void aBranchClerkPlansAndReadsItsOwnBranchsClassesOnly() {
        JsonApi branchClerk = new JsonApi(port).as("duk01.branch.clerk");
        String committees = planned("AWARENESS", "Lớp của đảng ủy", "2024-02-26", "2024-03-01");

        JsonApi.Answer own = branchClerk.post("/api/classes", body("kind", "AWARENESS", "title", "Lớp của chi bộ",
                "organiserCode", "DUK-01-KN", "startsOn", "2024-02-26", "endsOn", "2024-03-01"));
        JsonApi.Answer committeeLevel = branchClerk.post("/api/classes", body("kind", "AWARENESS", "title", "Lớp",
                "organiserCode", "DUK-01", "startsOn", "2024-02-26", "endsOn", "2024-03-01"));

        assertThat(own.status()).isEqualTo(201);
        assertThat(committeeLevel.status()).isEqualTo(403);
        assertThat(branchClerk.get("/api/classes/" + committees).status()).isEqualTo(403);
        assertThat(branchClerk.get("/api/classes").<List<String>>read("$[*].organiserCode")).containsOnly("DUK-01-KN");
    }

    private String planned(String kind, String title, String startsOn, String endsOn) {
        JsonApi.Answer planned = clerk.post("/api/classes", body("kind", kind, "title", title, "organiserCode", "DUK-01",
                "startsOn", startsOn, "endsOn", endsOn));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return planned.read("$.classId");
    }

    private static List<List<String>> cells(byte[] workbook) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            java.util.ArrayList<List<String>> rows = new java.util.ArrayList<>();
            for (int i = 0; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                java.util.ArrayList<String> cells = new java.util.ArrayList<>();
                if (row != null) {
                    for (int j = 0; j < row.getLastCellNum(); j++) {
                        cells.add(row.getCell(j) == null ? "" : format.formatCellValue(row.getCell(j)));
                    }
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
