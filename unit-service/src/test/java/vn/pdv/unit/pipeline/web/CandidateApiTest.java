package vn.pdv.unit.pipeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.Fixtures.aBranchVote;
import static vn.pdv.unit.Fixtures.aSource;
import static vn.pdv.unit.Fixtures.body;
import static vn.pdv.unit.Fixtures.lastSequence;
import static vn.pdv.unit.Fixtures.registeredCommitteeAndBranch;
import static vn.pdv.unit.Fixtures.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.stack.JsonApi;
import vn.pdv.unit.Fixtures;
import vn.pdv.unit.UnitServiceTest;
import vn.pdv.common.workingdays.WorkingDayCalendar;

/**
 * The pipeline's steps over HTTP: a step that breaks a rule is a 422 naming the rule, the values that broke it and the
 * fix, in Vietnamese and English, and writes nothing; the candidate shows its stage and history; deadlines are listed.
 */
@UnitServiceTest
class CandidateApiTest {

    @LocalServerPort
    int port;

    JsonApi api;

    @BeforeEach
    void registerCommitteeAndBranch() {
        api = registeredCommitteeAndBranch(port);
    }

    @Test
    void aBranchVoteShortOfTwoThirdsIs422WithTheRuleTheValuesAndTheFixAndWritesNothing() {
        String candidate = walkedUpTo("branch-vote", aSource("DUK-01-KN"));
        long before = lastSequence(api);

        var answer = api.post("/api/candidates/" + candidate + "/branch-vote", with(aBranchVote(), "votesFor", 9));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.<String>read("$.type")).isEqualTo("urn:pdv:problem:rule:VOTE_THRESHOLD");
        assertThat(answer.<String>read("$.rule")).isEqualTo("VOTE_THRESHOLD");
        assertThat(answer.<Map<String, Object>>read("$.values")).containsEntry("votesFor", "9")
                .containsEntry("officialMembers", "15").containsEntry("votesRequired", "10");
        assertThat(answer.<String>read("$.message")).contains("9/15");
        assertThat(answer.<String>read("$.messageEn")).contains("Only 9 of 15");
        assertThat(answer.<String>read("$.fix")).contains("kỳ họp sau");
        assertThat(answer.<String>read("$.fixEn")).contains("later meeting");
        assertThat(answer.<String>read("$.detail")).contains("9/15", "kỳ họp sau");
        assertThat(answer.<String>read("$.detailEn")).contains("later meeting");
        assertThat(answer.<List<String>>read("$.violations[*].rule")).containsExactly("VOTE_THRESHOLD");
        assertThat(lastSequence(api)).isEqualTo(before);
        assertThat(api.get("/api/candidates/" + candidate).<String>read("$.stage")).isEqualTo("INTRODUCED");
    }

    /** Issue 13: attributes updated before the ceremony are the ones it carries; the birth year stays as identified. */
    @Test
    void updatesTheReportingAttributesFromADayOnAndRefusesADayBeforeTheLatestStep() {
        String candidate = walkedUpTo("admission", aSource("DUK-01-KN"));
        Map<String, Object> attributes = body("gender", "FEMALE", "youthUnionMember", true, "tradeUnionMember", false,
                "generalEducation", "12/12", "professionalLevel", "Thạc sĩ", "occupationSector", "Giáo viên");

        var tooEarly = api.post("/api/candidates/" + candidate + "/attributes",
                body("updatedOn", "2024-04-30", "attributes", attributes));
        var updated = api.post("/api/candidates/" + candidate + "/attributes",
                body("updatedOn", "2024-05-10", "attributes", attributes));

        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.<String>read("$.rule")).isEqualTo("STEP_OUT_OF_ORDER");
        assertThat(updated.status()).as(updated.body()).isEqualTo(201);
        assertThat(updated.<String>read("$.stage")).isEqualTo("ADMISSION_DECIDED");
        assertThat(updated.<Boolean>read("$.attributes.tradeUnionMember")).isFalse();
        assertThat(updated.<String>read("$.attributes.profession")).isEqualTo("MASTER");
        assertThat(updated.<String>read("$.attributes.sector")).isEqualTo("PUBLIC_SERVANT");
        assertThat(updated.<Integer>read("$.attributes.birthYear")).isEqualTo(2000);
        assertThat(updated.<List<String>>read("$.history[*].event")).endsWith("CandidateAttributesUpdated");
        assertThat(api.post("/api/candidates/" + candidate + "/admission", Fixtures.anAdmission()).status())
                .isEqualTo(201);
    }

    @Test
    void theAgeRuleReadsTheDateOfBirthFromTheCommitteesOwnRecords() {
        Map<String, Object> seventeenAtTheVote = aSource("DUK-01-KN");
        @SuppressWarnings("unchecked")
        Map<String, Object> person = with((Map<String, Object>) seventeenAtTheVote.get("person"), "dateOfBirth", "2006-06-01");
        String candidate = walkedUpTo("branch-vote", with(seventeenAtTheVote, "person", person));
        long before = lastSequence(api);

        var answer = api.post("/api/candidates/" + candidate + "/branch-vote", aBranchVote());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.<String>read("$.rule")).isEqualTo("AGE_RANGE");
        assertThat(answer.<Map<String, Object>>read("$.values")).containsEntry("eligibleOn", "2024-06-01")
                .containsEntry("minimumAgeInMonths", "216");
        assertThat(answer.<String>read("$.fixEn")).contains("on or after 2024-06-01");
        assertThat(lastSequence(api)).isEqualTo(before);
    }

    @Test
    void aStepWhoseEarlierStepIsMissingIs422NamingTheStepToRecordFirst() {
        String candidate = api.post("/api/sources", aSource("DUK-01-KN")).read("$.candidateId");
        long before = lastSequence(api);

        var answer = api.post("/api/candidates/" + candidate + "/admission", vn.pdv.unit.Fixtures.anAdmission());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.<String>read("$.rule")).isEqualTo("STEP_NOT_ALLOWED");
        assertThat(answer.<String>read("$.values.stage")).isEqualTo("SOURCE");
        assertThat(answer.<String>read("$.fix")).contains("danh sách cảm tình đảng");
        assertThat(answer.<String>read("$.fixEn")).contains("sympathiser list");
        assertThat(lastSequence(api)).isEqualTo(before);
    }

    @Test
    void theCandidateShowsItsStageAndHistory() {
        String candidate = walkedUpTo("proposal", aSource("DUK-01-KN"));

        var answer = api.get("/api/candidates/" + candidate);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.<String>read("$.stage")).isEqualTo("BRANCH_VOTED");
        assertThat(answer.<String>read("$.stageVi")).isEqualTo("chi bộ đã biểu quyết đề nghị kết nạp");
        assertThat(answer.<List<String>>read("$.history[*].event")).containsExactly("SourceCreated", "SympathiserAdded",
                "AwarenessCertificateIssued", "BackgroundVerified", "CandidateIntroduced", "AdmissionVoted");
        assertThat(answer.<List<String>>read("$.history[*].on")).startsWith("2024-02-01", "2024-02-15");
    }

    @Test
    void aRemovedSympathiserLeavesThePipelineAndCannotTakeFurtherSteps() {
        String candidate = walkedUpTo("certificate", aSource("DUK-01-KN"));

        var removed = api.post("/api/candidates/" + candidate + "/sympathisers/removal",
                body("removedOn", "2024-03-01", "resolutionNumber", "09-NQ/CB"));
        var afterwards = api.post("/api/candidates/" + candidate + "/certificate",
                body("certificateNumber", "GCN-1", "issuedOn", "2024-03-02"));

        assertThat(removed.status()).isEqualTo(201);
        assertThat(removed.<String>read("$.stage")).isEqualTo("EXITED");
        assertThat(afterwards.status()).isEqualTo(422);
        assertThat(afterwards.<String>read("$.messageEn")).contains("left the pipeline");
    }

    @Test
    void listsTheAdmissionDecisionAsDueThatWeekAndOverdueAfterIt() {
        String candidate = walkedUpTo("proposal", aSource("DUK-01-KN"));
        LocalDate dueBy = WorkingDayCalendar.vietnam().addWorkingDays(LocalDate.of(2024, 4, 10), 60);

        var thatWeek = api.get("/api/deadlines?today=" + dueBy);
        var dayAfter = api.get("/api/deadlines?today=" + dueBy.plusDays(1));

        assertThat(thatWeek.status()).isEqualTo(200);
        assertThat(thatWeek.<List<String>>read("$.dueThisWeek[?(@.candidateId == '" + candidate + "')].kind"))
                .containsExactly("ADMISSION_DECISION");
        assertThat(thatWeek.<List<String>>read("$.dueThisWeek[?(@.candidateId == '" + candidate + "')].dueBy"))
                .containsExactly(dueBy.toString());
        assertThat(thatWeek.<List<String>>read("$.overdue[?(@.candidateId == '" + candidate + "')].kind")).isEmpty();
        assertThat(dayAfter.<List<String>>read("$.overdue[?(@.candidateId == '" + candidate + "')].kind"))
                .containsExactly("ADMISSION_DECISION");
        assertThat(dayAfter.<List<String>>read("$.overdue[?(@.candidateId == '" + candidate + "')].description"))
                .first().asString().contains("quyết định kết nạp");
    }

    @Test
    void aLateCeremonyIs201WithTheFindingAndIsListedAsRecordedLate() {
        String candidate = walkedUpTo("admission", aSource("DUK-01-KN"));
        LocalDate ceremonyDue = WorkingDayCalendar.vietnam().addWorkingDays(LocalDate.of(2024, 5, 2), 30);
        LocalDate late = WorkingDayCalendar.vietnam().addWorkingDays(ceremonyDue, 3);
        long before = lastSequence(api);

        var answer = api.post("/api/candidates/" + candidate + "/admission",
                with(vn.pdv.unit.Fixtures.anAdmission(), "admittedOn", late.toString()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(lastSequence(api)).as("the ceremony, recorded").isEqualTo(before + 1);
        assertThat(answer.<List<String>>read("$.history[?(@.event == 'CandidateAdmitted')].findings[*].rule"))
                .containsExactly("CEREMONY_DEADLINE");
        assertThat(answer.<List<String>>read("$.history[?(@.event == 'CandidateAdmitted')].findings[*].messageEn"))
                .first().asString().contains("3 working days late");
        var deadlines = api.get("/api/deadlines?today=" + late.plusDays(1));
        assertThat(deadlines.<List<String>>read("$.recordedLate[?(@.candidateId == '" + candidate + "')].rule"))
                .containsExactly("CEREMONY_DEADLINE");
        assertThat(deadlines.<List<Integer>>read("$.recordedLate[?(@.candidateId == '" + candidate
                + "')].workingDaysLate")).containsExactly(3);
    }

    @Test
    void aVoteShortOfTwoThirdsIsStill422WhenTheDossierIsAlsoStaleAndWritesNothing() {
        String candidate = walkedUpTo("branch-vote", aSource("DUK-01-KN"));
        long before = lastSequence(api);

        var answer = api.post("/api/candidates/" + candidate + "/branch-vote",
                with(with(aBranchVote(), "votesFor", 9), "votedOn", "2025-04-10"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.<List<String>>read("$.violations[*].rule")).contains("VOTE_THRESHOLD")
                .doesNotContain("STALE_DOSSIER");
        assertThat(answer.<String>read("$.detail")).isNotBlank();
        assertThat(answer.<String>read("$.detailEn")).isNotBlank();
        assertThat(lastSequence(api)).isEqualTo(before);
    }

    @Test
    void aQuotaRefusalNamesTheRuleTheValuesAndTheFixToo() {
        long before = lastSequence(api);

        var answer = api.post("/api/quotas", body("targetUnitCode", "DUK-01-KN", "planNumber", "104-KH/ĐUK",
                "planIssuedOn", "2024-03-06", "periodKind", "YEAR", "year", 2024, "metric", "ADMISSIONS", "quota", 5,
                "breakdown", Map.of("YOUTH_UNION", 7)));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.<String>read("$.rule")).isEqualTo("BREAKDOWN_EXCEEDS_TOTAL");
        assertThat(answer.<String>read("$.field")).isEqualTo("breakdown.YOUTH_UNION");
        assertThat(answer.<Map<String, Object>>read("$.values")).containsEntry("partQuota", "7").containsEntry("total", "5");
        assertThat(answer.<String>read("$.fixEn")).isNotBlank();
        assertThat(lastSequence(api)).isEqualTo(before);
    }

    private String walkedUpTo(String step, Map<String, Object> source) {
        return Fixtures.walkedUpTo(api, step, source);
    }
}
