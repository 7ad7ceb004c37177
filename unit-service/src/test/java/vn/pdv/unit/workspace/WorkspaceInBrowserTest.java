package vn.pdv.unit.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.Fixtures.aSource;
import static vn.pdv.unit.Fixtures.aUnit;
import static vn.pdv.unit.Fixtures.body;
import static vn.pdv.unit.Fixtures.lastSequence;
import static vn.pdv.unit.Fixtures.registeredCommitteeAndBranch;
import static vn.pdv.unit.Fixtures.walkedUpTo;
import static vn.pdv.unit.Fixtures.with;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.Tokens;
import vn.pdv.stack.browser.Axe;
import vn.pdv.stack.browser.Browser;
import vn.pdv.stack.browser.PageWeight;
import vn.pdv.events.FulfilmentStatus;
import vn.pdv.unit.UnitServiceTest;
import vn.pdv.unit.alert.AlertFixture;
import vn.pdv.unit.pipeline.importing.SympathiserLists;

/**
 * The committee's clerk at work in real headless Chromium, against the service on the real broker, registry and
 * Keycloak: one candidate walked from source to official member through the forms, a step the Party's rules refuse
 * (shown at the top and at the field, nothing saved), the deadlines, a branch's clerk kept to their branch, and axe-core
 * on every page. Screenshots in target/screenshots.
 */
@UnitServiceTest
class WorkspaceInBrowserTest {

    private static final String CLERK = "duk01.clerk";
    private static final String CLERK_NAME = "Văn thư Bệnh viện Đa khoa tỉnh Bình Định";

    private static Browser laptop;

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    JsonApi secretary;

    @BeforeAll
    static void openBrowser() {
        laptop = Browser.laptop();
    }

    @AfterAll
    static void closeBrowser() {
        laptop.close();
    }

    @BeforeEach
    void registerTheCommittee() {
        secretary = registeredCommitteeAndBranch(port);
    }

    private String page(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void openAs(Browser browser, String account, String path) {
        browser.open(page(path)).logInIfAsked(account, Tokens.DEMO_PASSWORD);
        browser.waitFor(By.tagName("h1"));
    }

    @Test
    void aClerkWalksOneCandidateFromSourceToOfficialMemberThroughThePages() {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Level level = root.getLevel();
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        root.addAppender(logged);
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            walkOneCandidate();
        } finally {
            root.setLevel(level);
            root.detachAppender(logged);
        }
        assertThat(logged.list).as("no personal data in the service's log at INFO or above")
                .extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains("Trần Thị Hoa") || line.contains("052300009876")
                        || line.contains("0905999888") || line.contains("Trần Hưng Đạo"));
    }

    private void walkOneCandidate() {
        openAs(laptop, CLERK, "/");
        assertThat(laptop.waitFor(By.cssSelector(".pdv-lead")).getText()).startsWith("Xin chào " + CLERK_NAME);
        assertThat(laptop.waitFor(By.id("sync")).getText()).containsPattern("(Đã gửi lên tỉnh lúc|Chưa gửi lên tỉnh)");
        laptop.screenshot("workspace-home");
        Axe.assertNoSeriousViolations(laptop);

        laptop.click(By.linkText("Ghi nhận nguồn mới"));
        StepPage source = new StepPage(laptop);
        Axe.assertNoSeriousViolations(laptop);
        source.fill(ordered(
                "Chi bộ", "Chi bộ DUK-01-KN",
                "Tổ chức giới thiệu nguồn", "Đoàn Thanh niên",
                "Ngày xác định là nguồn", "01/02/2024",
                "Họ và tên", "Trần Thị Hoa",
                "Ngày sinh", "12/04/2000",
                "Số căn cước công dân", "052300009876",
                "Nơi ở hiện nay", "5 Trần Hưng Đạo, Quy Nhơn",
                "Số điện thoại", "0905999888",
                "Giới tính", "Nữ",
                "Là đoàn viên Đoàn Thanh niên", true,
                "Là đoàn viên công đoàn", true));
        laptop.screenshot("workspace-new-source");
        source.record();
        CandidatePage candidate = new CandidatePage(laptop);
        assertThat(candidate.heading()).isEqualTo("Trần Thị Hoa");
        assertThat(candidate.recorded()).isEqualTo("Đã ghi nhận: Ghi nhận nguồn mới.");
        assertThat(candidate.stage()).startsWith("Giai đoạn: Nguồn, từ 01/02/2024");
        String id = candidate.id();

        step(candidate, "Đưa vào danh sách cảm tình đảng", ordered("Ngày chi bộ đưa vào danh sách", "15/02/2024",
                "Số nghị quyết của chi bộ", "05-NQ/CB", "Mã đảng viên được phân công giúp đỡ", "M-007"));
        step(candidate, "Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng", ordered("Số giấy chứng nhận", "GCN-2024-118",
                "Ngày cấp", "01/03/2024"));
        step(candidate, "Kết luận thẩm tra lý lịch", ordered("Ngày bắt đầu thẩm tra", "05/03/2024",
                "Ngày kết luận thẩm tra", "25/03/2024"));
        step(candidate, "Giới thiệu người vào Đảng", ordered(
                "Hình thức giới thiệu", "Một đảng viên chính thức và ban chấp hành Đoàn cơ sở",
                "Ngày giới thiệu", "01/04/2024",
                "Người giới thiệu thứ nhất: mã đảng viên", "M-001",
                "Người giới thiệu thứ nhất: là đảng viên", "Chính thức",
                "Người giới thiệu thứ nhất: cùng công tác với người vào Đảng từ ngày", "01/09/2021"));
        step(candidate, "Chi bộ biểu quyết đề nghị kết nạp", vote("10/04/2024"));
        step(candidate, "Đảng ủy cơ sở đề nghị kết nạp", ordered("Ngày đề nghị", "15/04/2024",
                "Đề nghị lên cấp ủy (mã đơn vị)", "DUK"));
        step(candidate, "Quyết định kết nạp", ordered("Cấp ủy ra quyết định (mã đơn vị)", "DUK",
                "Số quyết định", "125-QĐ/ĐUK", "Ngày ký quyết định", "02/05/2024"));
        step(candidate, "Lễ kết nạp", ordered("Cấp ủy ra quyết định (mã đơn vị)", "DUK",
                "Số quyết định", "125-QĐ/ĐUK", "Ngày ký quyết định", "02/05/2024", "Ngày tổ chức lễ kết nạp", "19/05/2024"));
        assertThat(candidate.stage()).startsWith("Giai đoạn: Đảng viên dự bị, từ 19/05/2024");
        step(candidate, "Hoàn thành lớp bồi dưỡng đảng viên mới", ordered("Ngày hoàn thành lớp", "20/08/2024"));
        step(candidate, "Chi bộ biểu quyết đề nghị công nhận đảng viên chính thức", vote("26/05/2025"));
        step(candidate, "Quyết định công nhận đảng viên chính thức", ordered("Cấp ủy ra quyết định (mã đơn vị)", "DUK",
                "Số quyết định", "45-QĐ/ĐUK", "Ngày ký quyết định", "05/06/2025"));

        assertThat(candidate.stage()).startsWith("Giai đoạn: Đảng viên chính thức, từ 05/06/2025");
        assertThat(secretary.get("/api/candidates/" + id).<String>read("$.stage")).isEqualTo("OFFICIAL_MEMBER");
        List<List<String>> history = candidate.history();
        assertThat(history).hasSize(12);
        assertThat(history).extracting(row -> row.get(1)).startsWith("Xác định là nguồn", "Đưa vào danh sách cảm tình đảng")
                .endsWith("Quyết định công nhận đảng viên chính thức");
        assertThat(history).extracting(row -> row.get(3)).as("who recorded each step").containsOnly(CLERK_NAME);
        assertThat(history.get(5).get(2)).contains("Đảng viên chính thức: 15", "Có mặt: 14", "Tán thành: 13",
                "Không tán thành: 1");
        assertThat(laptop.all(By.id("steps"))).as("nothing left to record for an official member").isEmpty();
        laptop.screenshot("workspace-candidate-official");
        Axe.assertNoSeriousViolations(laptop);

        CandidateListPage list = CandidateListPage.open(laptop, page("/candidates"));
        list.search("tran thi hoa");
        assertThat(list.names()).containsExactly("Trần Thị Hoa");
        assertThat(list.row(id)).containsExactly("Trần Thị Hoa", "Chi bộ DUK-01-KN", "Đảng viên chính thức",
                list.row(id).get(3), "–");
        list.search("052300009876");
        assertThat(list.names()).containsExactly("Trần Thị Hoa");
        laptop.screenshot("workspace-candidates");
        Axe.assertNoSeriousViolations(laptop);

        laptop.open(page("/board"));
        laptop.waitFor(By.id("board"));
        assertThat(laptop.waitFor(By.cssSelector("#board section[data-stage='OFFICIAL_MEMBER']")).getText())
                .contains("Trần Thị Hoa");
        laptop.screenshot("workspace-board");
        Axe.assertNoSeriousViolations(laptop);
    }

    @Test
    void aClerkRecordsTheQuarterlyReviewOfASympathiserListAfterTheFormShowsWhatIsMissing() {
        walkedUpTo(secretary, "certificate", aSource("DUK-01-KN"));
        vn.pdv.unit.review.Quarter quarter = vn.pdv.unit.review.Quarter.of(LocalDate.now(clock)).previous();
        String reviewedOn = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(quarter.lastDay().minusDays(2));
        long before = lastSequence(secretary);

        openAs(laptop, CLERK, "/deadlines");
        assertThat(laptop.waitFor(By.cssSelector("#reviews tr[data-branch='DUK-01-KN']")).getText())
                .contains("Chi bộ DUK-01-KN", "Quá hạn", "Chi bộ rà soát danh sách cảm tình đảng");
        openAs(laptop, CLERK, "/sympathisers/reviews");
        StepPage form = new ReviewsPage(laptop).startRecording();
        Axe.assertNoSeriousViolations(laptop);
        form.fill(ordered("Quý được rà soát", "— Chọn —", "Ngày rà soát", "31/09/" + quarter.year()));
        form.record();
        assertThat(form.summary()).hasSize(4);
        assertThat(form.errorAt("Chi bộ")).contains("Chưa chọn «Chi bộ»", "Chọn một mục trong danh sách");
        assertThat(form.errorAt("Quý được rà soát")).contains("Chưa chọn «Quý được rà soát»");
        assertThat(form.errorAt("Ngày rà soát")).contains("«Ngày rà soát» không phải là một ngày hợp lệ");
        assertThat(form.errorAt("Người (tập thể) rà soát")).contains("Chưa nhập «Người (tập thể) rà soát»");
        laptop.screenshot("workspace-review-refused");
        Axe.assertNoSeriousViolations(laptop);
        assertThat(lastSequence(secretary)).as("nothing written to the log").isEqualTo(before);

        form.fill(ordered("Chi bộ", "Chi bộ DUK-01-KN", "Quý được rà soát", quarter.vi(), "Ngày rà soát", reviewedOn,
                "Người (tập thể) rà soát", "Chi ủy chi bộ", "Kết luận", "Giữ nguyên danh sách"));
        form.record();
        ReviewsPage reviews = new ReviewsPage(laptop);
        assertThat(reviews.done()).contains("Đã ghi kết quả rà soát danh sách cảm tình đảng.");
        assertThat(reviews.recorded("DUK-01-KN", quarter.toString()))
                .contains("Chi bộ DUK-01-KN", quarter.vi(), reviewedOn, "Chi ủy chi bộ", "Giữ nguyên danh sách");
        laptop.screenshot("workspace-reviews");
        Axe.assertNoSeriousViolations(laptop);

        reviews.startRecording().fill(ordered("Chi bộ", "Chi bộ DUK-01-KN", "Quý được rà soát", quarter.vi(),
                "Ngày rà soát", reviewedOn, "Người (tập thể) rà soát", "Chi ủy chi bộ"));
        StepPage again = new StepPage(laptop);
        again.record();
        assertThat(again.errorAt("Quý được rà soát")).contains("đã có kết quả rà soát danh sách cảm tình đảng "
                + quarter.vi());
    }

    @Test
    void aClerkPlansAnAwarenessClassEnrolsASympathiserSeesTheClassListAndRecordsItHeld() {
        String idCard = "0523" + String.format("%08d", Math.abs(System.nanoTime()) % 100_000_000L);
        String student = walkedUpTo(secretary, "certificate", aSource("DUK-01-KN", "Phạm Văn Bình", idCard));

        openAs(laptop, CLERK, "/classes");
        laptop.click(By.id("plan-class"));
        StepPage form = new StepPage(laptop);
        form.fill(ordered("Loại lớp", "Lớp bồi dưỡng nhận thức về Đảng", "Ngày khai giảng", "26/02/2024"));
        form.record();
        assertThat(form.errorAt("Tên lớp")).contains("Chưa nhập «Tên lớp»");
        assertThat(form.errorAt("Đơn vị tổ chức")).contains("Chưa chọn «Đơn vị tổ chức»");
        assertThat(form.errorAt("Ngày bế giảng")).contains("Chưa nhập «Ngày bế giảng»");
        form.fill(ordered("Tên lớp", "Lớp nhận thức về Đảng khóa I/2024", "Đơn vị tổ chức", "Chi bộ DUK-01",
                "Ngày bế giảng", "01/03/2024"));
        form.record();

        ClassPage partyClass = new ClassPage(laptop);
        assertThat(partyClass.done()).contains("Đã mở lớp.");
        assertThat(partyClass.heading()).isEqualTo("Lớp nhận thức về Đảng khóa I/2024");
        assertThat(partyClass.facts()).isEqualTo(
                "Lớp bồi dưỡng nhận thức về Đảng do Chi bộ DUK-01 tổ chức, từ 26/02/2024 đến 01/03/2024.");
        partyClass = partyClass.enrol("Phạm Văn Bình — Chi bộ DUK-01-KN");
        assertThat(partyClass.done()).contains("Đã ghi danh.");
        assertThat(partyClass.listed()).containsExactly("Phạm Văn Bình");
        assertThat(partyClass.downloadLink()).endsWith("/list.xlsx");
        laptop.screenshot("workspace-class");
        Axe.assertNoSeriousViolations(laptop);

        openAs(laptop, CLERK, "/classes");
        assertThat(laptop.waitFor(By.id("classes")).getText()).contains("Lớp nhận thức về Đảng khóa I/2024",
                "Lớp bồi dưỡng nhận thức về Đảng", "Đang ghi danh");

        laptop.click(By.linkText("Lớp nhận thức về Đảng khóa I/2024"));
        long before = lastSequence(secretary);
        partyClass = new ClassPage(laptop).hold(ordered("Số giấy chứng nhận của Phạm Văn Bình", ""));
        assertThat(partyClass.errorAt("Ngày bế giảng")).contains("Chưa nhập «Ngày bế giảng»");
        assertThat(partyClass.errorAt("Số giấy chứng nhận của Phạm Văn Bình"))
                .contains("Chưa nhập «Số giấy chứng nhận của Phạm Văn Bình»");
        assertThat(lastSequence(secretary)).as("a refused form records nothing").isEqualTo(before);
        laptop.screenshot("workspace-class-hold-refused");
        assertThat(secretary.get("/api/candidates/" + student).<String>read("$.stage")).isEqualTo("SYMPATHISER");

        partyClass = partyClass.hold(ordered("Ngày bế giảng", "01/03/2024",
                "Số giấy chứng nhận của Phạm Văn Bình", "GCN-2024-201"));
        assertThat(partyClass.done()).contains("Đã ghi nhận bế giảng lớp.");
        assertThat(partyClass.heldLine()).isEqualTo("Đã bế giảng ngày 01/03/2024");
        assertThat(partyClass.listRow(0)).containsExactly("Phạm Văn Bình", "Chi bộ DUK-01-KN",
                "Đã có giấy chứng nhận lớp nhận thức về Đảng", "Có");
        assertThat(secretary.get("/api/candidates/" + student).<String>read("$.stage")).isEqualTo("CERTIFIED");
        assertThat(lastSequence(secretary)).as("the class and the attendee's certificate").isEqualTo(before + 2);
        laptop.screenshot("workspace-class-held");
        Axe.assertNoSeriousViolations(laptop);
    }

    @Test
    void aStepTheRulesRefuseShowsTheRuleAtTheTopAndAtTheFieldAndSavesNothing() {
        String id = walkedUpTo(secretary, "branch-vote", aSource("DUK-01-KN"));
        long before = lastSequence(secretary);

        openAs(laptop, CLERK, "/candidates/" + id + "/steps/branch-vote");
        StepPage vote = new StepPage(laptop);
        vote.fill(with(vote("31/02/2024"), "Số đảng viên chính thức tán thành", "chín"));
        vote.record();
        assertThat(vote.summary()).hasSize(2);
        assertThat(vote.errorAt("Ngày họp chi bộ")).contains("«Ngày họp chi bộ» không phải là một ngày hợp lệ",
                "Cách sửa:", "30/06/2024");
        assertThat(vote.errorAt("Số đảng viên chính thức tán thành")).contains("phải là một số nguyên không âm");
        assertThat(laptop.focused().getAttribute("class")).as("the summary takes the focus").contains("pdv-error-summary");

        vote.fill(ordered("Ngày họp chi bộ", "10/04/2024", "Số đảng viên chính thức tán thành", "9",
                "Số đảng viên chính thức không tán thành", "5"));
        vote.record();
        assertThat(vote.summary()).singleElement().asString()
                .contains("Chỉ 9/15 đảng viên chính thức tán thành; cần ít nhất 10")
                .contains("Cách sửa:", "Chi bộ chưa đủ điều kiện đề nghị kết nạp");
        assertThat(vote.errorAt("Số đảng viên chính thức tán thành")).contains("Chỉ 9/15");
        assertThat(vote.summaryLinkTarget("Chỉ 9/15")).endsWith("#votesFor");
        assertThat(laptop.waitFor(By.id("officialMembers")).getAttribute("value")).as("what was typed stays").isEqualTo("15");
        laptop.screenshot("workspace-step-refused");
        Axe.assertNoSeriousViolations(laptop);

        assertThat(lastSequence(secretary)).as("nothing written to the log").isEqualTo(before);
        assertThat(secretary.get("/api/candidates/" + id).<String>read("$.stage")).isEqualTo("INTRODUCED");
    }

    @Test
    void aClerkCorrectsTheCeremonysDateThenVoidsTheCeremonyAndTheHistoryKeepsBoth() {
        String id = walkedUpTo(secretary, "new-member-class", aSource("DUK-01-KN"));
        openAs(laptop, CLERK, "/candidates/" + id);

        StepPage correction = new CandidatePage(laptop).revise(9, "Sửa");
        correction.fill(ordered("Ngày hiệu lực mới", "30/04/2024", "Lý do", "Nhập nhầm ngày lễ kết nạp"));
        correction.record();
        assertThat(correction.summary()).singleElement().asString().contains("2024-04-30", "Cách sửa:");
        Axe.assertNoSeriousViolations(laptop);
        correction.fill(ordered("Ngày hiệu lực mới", "24/05/2024"));
        correction.record();
        CandidatePage corrected = new CandidatePage(laptop);
        assertThat(corrected.recorded()).isEqualTo("Đã ghi nhận: Sửa bước đã ghi nhận.");
        List<String> ceremony = corrected.history().get(8);
        assertThat(ceremony.get(0)).isEqualTo("24/05/2024");
        assertThat(ceremony.get(2)).contains("Đã sửa lúc", CLERK_NAME, "Ngày hiệu lực mới: 19/05/2024 → 24/05/2024",
                "Lý do: Nhập nhầm ngày lễ kết nạp");
        laptop.screenshot("workspace-step-corrected");

        StepPage voiding = corrected.revise(9, "Huỷ bước");
        voiding.fill(ordered("Lý do", "Ghi nhầm người"));
        voiding.record();
        CandidatePage voided = new CandidatePage(laptop);
        assertThat(voided.stage()).contains("Đã có quyết định kết nạp");
        assertThat(voided.history().get(8).get(1)).contains("Lễ kết nạp", "Đã huỷ");
        assertThat(voided.history().get(8).get(2)).contains("Đã huỷ lúc", "Lý do: Ghi nhầm người");
        Axe.assertNoSeriousViolations(laptop);
        assertThat(secretary.get("/api/candidates/" + id).<String>read("$.stage")).isEqualTo("ADMISSION_DECIDED");
    }

    @Test
    void aClerkChangesOneReportingAttributeOnAFormThatShowsTheOthersAsTheyAre() {
        String id = secretary.post("/api/sources", aSource("DUK-01-KN")).read("$.candidateId");
        openAs(laptop, CLERK, "/candidates/" + id);

        StepPage update = new CandidatePage(laptop).startStep("Cập nhật thông tin báo cáo");
        assertThat(laptop.waitFor(By.id("generalEducation")).getAttribute("value")).isEqualTo("12/12");
        assertThat(laptop.waitFor(By.id("gender")).getAttribute("value")).isEqualTo("FEMALE");
        assertThat(laptop.waitFor(By.id("youthUnionMember")).isSelected()).isTrue();
        assertThat(laptop.waitFor(By.id("tradeUnionMember")).isSelected()).isTrue();
        update.fill(ordered("Ngày thay đổi", "01/03/2024", "Là đoàn viên công đoàn", false));
        update.record();

        assertThat(new CandidatePage(laptop).recorded()).isEqualTo("Đã ghi nhận: Cập nhật thông tin báo cáo.");
        JsonApi.Answer updated = secretary.get("/api/candidates/" + id);
        assertThat(updated.<Boolean>read("$.attributes.tradeUnionMember")).as("the one changed").isFalse();
        assertThat(updated.<Boolean>read("$.attributes.youthUnionMember")).as("kept").isTrue();
        assertThat(updated.<String>read("$.attributes.generalEducation")).as("kept").isEqualTo("12/12");
        assertThat(updated.<String>read("$.attributes.gender")).as("kept").isEqualTo("FEMALE");
    }

    /**
     * Issue 13, "Nhận chuyển đến": a sympathiser who moved from committee DUK-26 is taken in under DUK-26's id for them;
     * the form first says which day the stage needs, then the candidate's page starts with the transfer.
     */
    @Test
    void aClerkTakesInASympathiserTransferredFromAnotherCommitteeOnceTheFormHasTheDayTheStageNeeds() {
        String theirs = java.util.UUID.randomUUID().toString();
        openAs(laptop, CLERK, "/candidates");
        laptop.click(By.linkText("Nhận đảng viên/đối tượng chuyển đến"));
        StepPage transfer = new StepPage(laptop);
        Axe.assertNoSeriousViolations(laptop);
        transfer.fill(ordered(
                "Đảng ủy chuyển đi (mã đơn vị)", "DUK-26",
                "Mã chuyển (mã người vào Đảng ở đảng ủy chuyển đi)", theirs,
                "Chi bộ", "Chi bộ DUK-01-KN",
                "Ngày nhận chuyển đến", "03/06/2024",
                "Giai đoạn đã đạt", "Quần chúng cảm tình đảng",
                "Họ và tên", "Lò Thị Mai",
                "Ngày sinh", "12/04/2000",
                "Số căn cước công dân", "001200012399",
                "Giới tính", "Nữ"));
        transfer.record();

        assertThat(transfer.errorAt("Ngày vào danh sách cảm tình đảng")).contains("cần ngày");
        assertThat(secretary.get("/api/candidates/" + theirs).status()).as("nothing saved").isEqualTo(404);
        laptop.screenshot("workspace-transfer-refused");
        transfer.fill(ordered("Ngày vào danh sách cảm tình đảng", "20/03/2024"));
        transfer.record();

        CandidatePage taken = new CandidatePage(laptop);
        assertThat(taken.recorded()).isEqualTo("Đã ghi nhận: Nhận đảng viên/đối tượng chuyển đến.");
        assertThat(laptop.waitFor(By.id("history")).getText())
                .contains("Chuyển đến từ DUK-26 (giai đoạn Quần chúng cảm tình đảng)");
        assertThat(laptop.waitFor(By.id("transfer-id")).getText()).isEqualTo(theirs);
        assertThat(laptop.waitFor(By.id("step-1")).findElements(By.linkText("Sửa")))
                .as("the sending committee's record is not this committee's to correct").isEmpty();
        laptop.screenshot("workspace-transferred-in");
        assertThat(secretary.get("/api/candidates/" + theirs).<String>read("$.stage")).isEqualTo("SYMPATHISER");
    }

    @Test
    void theDeadlinesListShowsWhatIsOverdueAndWhatFallsDueThisWeek() {
        String overdue = walkedUpTo(secretary, "proposal", aSource("DUK-01-KN"));
        String dueSoon = walkedUpTo(secretary, "certificate", aSource("DUK-01-KN"));
        LocalDate today = LocalDate.now(clock);
        assertThat(secretary.post("/api/candidates/" + dueSoon + "/certificate", body("certificateNumber", "GCN-2021-7",
                "issuedOn", today.minusMonths(60).toString())).status()).isEqualTo(201);

        openAs(laptop, CLERK, "/deadlines");
        assertThat(laptop.heading()).isEqualTo("Hạn cần làm");
        WebElement late = laptop.waitFor(By.cssSelector("#overdue tr[data-candidate='" + overdue + "']"));
        assertThat(late.getText()).contains("Nguyễn Thị Lan", "Chi bộ DUK-01-KN", "Cấp ủy quyết định kết nạp chậm nhất");
        WebElement soon = laptop.waitFor(By.cssSelector("#due-this-week tr[data-candidate='" + dueSoon + "']"));
        assertThat(soon.getText()).contains("Nguyễn Thị Lan", "giấy chứng nhận hết giá trị");
        assertThat(laptop.all(By.cssSelector("#overdue tr[data-candidate='" + dueSoon + "']"))).isEmpty();
        laptop.screenshot("workspace-deadlines");
        Axe.assertNoSeriousViolations(laptop);

        openAs(laptop, CLERK, "/");
        assertThat(laptop.waitFor(By.id("overdue")).getText()).contains("Cấp ủy quyết định kết nạp chậm nhất");
        assertThat(laptop.all(By.cssSelector("#due-this-week tr[data-candidate='" + dueSoon + "']"))).hasSize(1);

        openAs(laptop, CLERK, "/sympathisers");
        assertThat(laptop.waitFor(By.tagName("main")).getText()).contains("Chi bộ DUK-01-KN", "Nguyễn Thị Lan");
        laptop.screenshot("workspace-sympathisers");
        Axe.assertNoSeriousViolations(laptop);
    }

    @Test
    void aBranchClerkSeesAndSearchesTheirBranchsPeopleButNeverAnotherBranchsAndIsRefusedItsCandidateInVietnamese() {
        secretary.post("/api/units", aUnit("DUK-01-KD", "DUK-01"));
        String theirs = walkedUpTo(secretary, "sympathisers", aSource("DUK-01-KN"));
        String another = walkedUpTo(secretary, "sympathisers", aSource("DUK-01-KD", "Võ Minh Khang", "052300005555"));

        try (Browser branch = Browser.laptop()) {
            openAs(branch, "duk01.branch.clerk", "/candidates");
            List<String> listed = branch.all(By.cssSelector("#candidates tbody tr")).stream()
                    .map(row -> row.getAttribute("data-candidate")).toList();
            assertThat(listed).contains(theirs).doesNotContain(another);
            assertThat(branch.waitFor(By.id("candidates")).getText()).as("their own branch's names, no other's")
                    .contains("Nguyễn Thị Lan").doesNotContain("Võ Minh Khang");
            assertThat(branch.all(By.linkText("Cảnh báo"))).as("no link to the committee's alerts").isEmpty();

            branch.open(page("/candidates?q=" + URLEncoder.encode("nguyen thi lan", StandardCharsets.UTF_8)));
            assertThat(branch.all(By.cssSelector("#candidates tbody tr[data-candidate='" + theirs + "']")))
                    .as("a search by name finds their branch's candidate").hasSize(1);
            branch.open(page("/candidates?q=052300001234"));
            assertThat(branch.all(By.cssSelector("#candidates tbody tr[data-candidate='" + theirs + "']")))
                    .as("a search by ID-card number finds their branch's candidate").hasSize(1);
            for (String search : List.of("vo minh khang", "052300005555")) {
                branch.open(page("/candidates?q=" + URLEncoder.encode(search, StandardCharsets.UTF_8)));
                branch.waitFor(By.id("candidates"));
                assertThat(branch.all(By.cssSelector("#candidates tbody tr"))).as("no other branch's candidate for " + search)
                        .isEmpty();
            }
            for (String path : List.of("/", "/board", "/deadlines", "/sympathisers")) {
                branch.open(page(path));
                assertThat(branch.waitFor(By.tagName("main")).getText()).as(path).doesNotContain("Võ Minh Khang");
            }

            branch.open(page("/candidates/" + theirs));
            assertThat(branch.heading()).isEqualTo("Nguyễn Thị Lan");
            assertThat(branch.waitFor(By.id("person")).getText()).contains("052300001234");

            branch.open(page("/candidates/" + another));
            assertThat(branch.heading()).isEqualTo("Bạn không có quyền xem trang này");
            assertThat(branch.waitFor(By.id("reason")).getText()).contains("DUK-01-KD", "DUK-01-KN");
            assertThat(branch.waitFor(By.tagName("main")).getText()).doesNotContain("Võ Minh Khang", "052300005555");
            branch.screenshot("workspace-refused-branch");
            Axe.assertNoSeriousViolations(branch);

            branch.open(page("/candidates/" + another + "/steps/certificate"));
            assertThat(branch.heading()).isEqualTo("Bạn không có quyền xem trang này");
            assertThat(branch.waitFor(By.tagName("main")).getText()).doesNotContain("Võ Minh Khang");
        }
    }

    @Test
    void theSecretaryImportsAListWhoseTwoBadRowsAreBothShownThenLoadsTheRest() throws Exception {
        Path list = Files.createTempFile("danh-sach-", ".csv");
        Files.write(list, SympathiserLists.bytes(SympathiserLists.csv(
                SympathiserLists.with(SympathiserLists.aRow(1, "Đỗ Văn Bình", "DUK-01-KN"), "Số CCCD", "052300007001"),
                SympathiserLists.with(SympathiserLists.with(SympathiserLists.aRow(2, "Hồ Thị Cúc", "DUK-01-KN"),
                        "Ngày sinh", "03/07/1999"), "Số CCCD", "052300007002"),
                SympathiserLists.with(SympathiserLists.aRow(3, "Lê Văn Dũng", "DUK-01-KN"), "Ngày sinh", "31/02/2001"),
                SympathiserLists.with(SympathiserLists.aRow(4, "Phan Thị Én", "KP-404"), "Số CCCD", "052300007004"))));
        long before = lastSequence(secretary);

        try (Browser office = Browser.laptop()) {
            openAs(office, "duk01.secretary", "/sympathisers");
            office.click(By.linkText("Nhập danh sách hiện có"));
            office.waitForHeading("Nhập danh sách cảm tình đảng");
            office.waitFor(By.id("file")).sendKeys(list.toAbsolutePath().toString());
            office.click(By.cssSelector("form[enctype] button[type='submit']"));
            office.waitFor(By.id("report"));
            assertThat(office.waitFor(By.id("report-summary")).getText())
                    .isEqualTo("4 dòng: 2 dòng nạp được, 2 dòng có lỗi. Chưa lưu gì.");
            List<WebElement> refused = office.all(By.cssSelector("#refused tbody tr"));
            assertThat(refused).hasSize(2);
            assertThat(refused.get(0).getText()).contains("Ngày sinh");
            assertThat(refused.get(1).getText()).contains("KP-404");
            assertThat(lastSequence(secretary)).as("a dry run writes nothing").isEqualTo(before);
            office.screenshot("workspace-import-checked");
            Axe.assertNoSeriousViolations(office);

            office.click(By.xpath("//button[normalize-space()='Nạp danh sách']"));
            office.waitForHeading("Đã nạp tệp");
            assertThat(office.waitFor(By.id("report-summary")).getText())
                    .isEqualTo("4 dòng: đã nạp 2 dòng, 2 dòng có lỗi không được nạp.");
            assertThat(office.all(By.cssSelector("#refused tbody tr"))).hasSize(2);
            assertThat(office.currentUrl()).as("after the load, a page of its own (POST-redirect-GET)")
                    .endsWith("/sympathisers/import/report");
            office.screenshot("workspace-import-loaded");

            office.click(By.linkText("Xem danh sách cảm tình đảng"));
            assertThat(office.waitFor(By.tagName("main")).getText()).contains("Đỗ Văn Bình", "Hồ Thị Cúc")
                    .doesNotContain("Lê Văn Dũng", "Phan Thị Én");
        }
        assertThat(lastSequence(secretary)).as("two people, two steps each").isEqualTo(before + 4);
    }

    @Test
    void theSecretarySeesEachBranchsQuotaWithItsProgressAndAcknowledgesTheProvincesAlert() {
        secretary.post("/api/units", aUnit("DUK-01-QT", "DUK-01"));
        walkedUpTo(secretary, "new-member-class", aSource("DUK-01-QT"));
        assertThat(secretary.post("/api/quotas", body("targetUnitCode", "DUK-01-QT", "planNumber", "12-QĐ/ĐU",
                "planIssuedOn", "2024-01-15", "periodKind", "YEAR", "year", 2024, "metric", "ADMISSIONS", "quota", 4))
                .status()).isEqualTo(201);
        String alert = "alert-" + java.util.UUID.randomUUID();
        AlertFixture.publish(AlertFixture.anAlert(alert, "DUK-01-KN", List.of("DUK-01-KN", "DUK-01", "DUK"),
                FulfilmentStatus.LAGGING, java.time.Instant.parse("2024-09-30T01:00:00Z")));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                secretary.get("/api/alerts").<List<String>>read("$[*].id").contains(alert));

        try (Browser office = Browser.laptop()) {
            openAs(office, "duk01.secretary", "/quotas");
            assertThat(office.all(By.cssSelector("#quotas tr[data-unit='DUK-01-QT'] td")).stream()
                    .map(cell -> cell.getText().replace('\u00a0', ' ')).toList())
                    .containsExactly("Chi bộ DUK-01-QT", "01/01/2024 – 31/12/2024", "Kết nạp đảng viên", "4", "1",
                            "25,0 %", "12-QĐ/ĐU, 15/01/2024");
            office.screenshot("workspace-quotas");
            Axe.assertNoSeriousViolations(office);

            office.open(page("/alerts"));
            WebElement row = office.waitFor(By.cssSelector("#alerts tr[data-alert='" + alert + "']"));
            assertThat(row.getText()).contains("DUK-01-KN", "Chậm tiến độ kết nạp đảng viên năm 2024: 9/20 (45,0%).");
            office.click(row.findElement(By.tagName("button")));
            office.waitFor(By.cssSelector(".pdv-done"));
            assertThat(office.waitFor(By.cssSelector("#alerts tr[data-alert='" + alert + "']")).getText())
                    .contains("Đã xem: Thư ký Bệnh viện Đa khoa tỉnh Bình Định");
            office.screenshot("workspace-alerts");
            Axe.assertNoSeriousViolations(office);
        }
        assertThat(secretary.get("/api/alerts").<List<String>>read("$[?(@.id == '" + alert + "')].acknowledgedBy"))
                .containsExactly("Thư ký Bệnh viện Đa khoa tỉnh Bình Định");
    }

    @Test
    void onAPhoneTheListTheCandidateAndAFormFitTheScreen() {
        String id = walkedUpTo(secretary, "branch-vote", aSource("DUK-01-KN"));
        try (Browser phone = Browser.phone()) {
            for (String path : List.of("/", "/candidates", "/candidates/" + id, "/candidates/" + id + "/steps/branch-vote")) {
                openAs(phone, CLERK, path);
                assertThat(phone.scrollsSideways()).as(path + " scrolls sideways on a 375 px phone").isFalse();
                Axe.assertNoSeriousViolations(phone);
            }
            phone.screenshot("workspace-step-phone");
        }
    }

    @Test
    void thePagesWeighLittleAndComeOnlyFromTheService() {
        try (Browser fresh = Browser.laptop()) {
            openAs(fresh, CLERK, "/candidates");
            fresh.until(driver -> fresh.script("return !!window.htmx"), "the scripts loaded");
            PageWeight weight = fresh.weight();
            System.out.println("Candidates page weight:\n" + weight);
            assertThat(weight.transferred()).isLessThan(1_000_000);
            assertThat(weight.origins()).containsExactly("http://127.0.0.1:" + port);
        }
    }

    private void step(CandidatePage candidate, String title, Map<String, Object> fields) {
        StepPage form = candidate.startStep(title);
        form.fill(fields);
        form.record();
        assertThat(new CandidatePage(laptop).recorded()).as(title).isEqualTo("Đã ghi nhận: " + title + ".");
    }

    private static Map<String, Object> vote(String on) {
        return ordered("Ngày họp chi bộ", on, "Tổng số đảng viên chính thức của chi bộ", "15",
                "Số đảng viên chính thức có mặt", "14", "Số đảng viên chính thức tán thành", "13",
                "Số đảng viên chính thức không tán thành", "1");
    }

    private static Map<String, Object> ordered(Object... labelsAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            fields.put((String) labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return fields;
    }
}
