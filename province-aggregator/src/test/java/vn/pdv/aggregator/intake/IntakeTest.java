package vn.pdv.aggregator.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecordBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.events.AdmissionDecided;
import vn.pdv.events.CandidateAdmitted;
import vn.pdv.events.CandidateAttributesUpdated;
import vn.pdv.events.EventMetadata;
import vn.pdv.events.Finding;
import vn.pdv.events.GeneralEducation;
import vn.pdv.events.OccupationSector;
import vn.pdv.events.ProfessionalLevel;
import vn.pdv.events.ReportingAttributes;
import vn.pdv.events.UnitKind;
import vn.pdv.stack.JsonApi;

/** Events sent through the real broker and registry become exact figures, whatever is delivered twice. */
@AggregatorTest
class IntakeTest {

    private static final LocalDate MAY_19 = LocalDate.of(2024, 5, 19);

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
    void countsAdmissionsInTheWholeSubtreeAgainstTheUnitsQuota() {
        String root = log.committee();
        log.send(log.registered(log.next(), root, null),
                log.registered(log.next(), log.unit("A"), root),
                log.registered(log.next(), log.unit("B"), log.unit("A")),
                log.quota(log.next(), root, 2024, 20, 13),
                log.admitted(log.next(), log.unit("A"), MAY_19, true),
                log.admitted(log.next(), log.unit("B"), MAY_19, true),
                log.admitted(log.next(), log.unit("B"), MAY_19, false),
                log.admitted(log.next(), log.unit("B"), LocalDate.of(2025, 1, 3), false));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var progress = api.get("/api/progress/" + root + "/2024");
            assertThat(progress.status()).isEqualTo(200);
            assertThat(progress.<Integer>read("$.admissions.quota")).isEqualTo(20);
            assertThat(progress.<Integer>read("$.admissions.actual")).isEqualTo(3);
            assertThat(progress.<Double>read("$.admissions.percentOfPlan")).isEqualTo(15.0);
            assertThat(progress.<Integer>read("$.admissionsBy.YOUTH_UNION.quota")).isEqualTo(13);
            assertThat(progress.<Integer>read("$.admissionsBy.YOUTH_UNION.actual")).isEqualTo(2);
            assertThat(progress.<Double>read("$.admissionsBy.YOUTH_UNION.percentOfPlan")).isEqualTo(15.4);
            assertThat(progress.<Integer>read("$.unitsCounted")).isEqualTo(3);
        });
        assertThat(api.get("/api/progress/" + log.unit("B") + "/2024").<Integer>read("$.admissions.actual")).isEqualTo(2);
    }

    /** Issue 13: a step recorded late is counted as any other, and its finding is counted for the inspection committee. */
    @Test
    void countsALateAdmissionInTheFiguresAndItsFindingsPerUnitOnceWhateverIsRedelivered() {
        String root = log.committee();
        log.send(log.registered(log.next(), root, null), log.registered(log.next(), log.unit("A"), root),
                log.quota(log.next(), root, 2024, 20, 13));
        var decided = AdmissionDecided.newBuilder()
                .setMetadata(log.next()).setCandidateId("c-late").setBranchCode(log.unit("A"))
                .setDecidedBy(root).setDecisionNumber("7-QĐ/ĐUK").setDecidedOn(LocalDate.of(2024, 7, 15))
                .setFindings(List.of(finding("DECISION_DEADLINE", 12))).build();
        var admitted = CandidateAdmitted.newBuilder(log.admitted(log.next(), log.unit("A"), LocalDate.of(2024, 9, 2), true))
                .setCandidateId("c-late").setFindings(List.of(finding("CEREMONY_DEADLINE", 3))).build();
        log.send(decided, admitted);
        log.send(decided, admitted);
        var marker = log.source(log.next(), root, MAY_19);
        log.send(marker);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/progress/" + root + "/2024").<Integer>read("$.sources.actual")).isEqualTo(1));
        assertThat(api.get("/api/progress/" + root + "/2024").<Integer>read("$.admissions.actual")).isEqualTo(1);
        var findings = api.get("/api/findings/" + root + "/2024");
        assertThat(findings.status()).isEqualTo(200);
        assertThat(findings.<Integer>read("$.total")).isEqualTo(2);
        assertThat(findings.<Map<String, Integer>>read("$.byRule"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("DECISION_DEADLINE", 1, "CEREMONY_DEADLINE", 1));
        assertThat(findings.<String>read("$.rules.DECISION_DEADLINE")).isEqualTo("Quyết định kết nạp quá thời hạn");
        assertThat(api.get("/api/findings/" + log.unit("A") + "/2024-Q3").<Integer>read("$.total")).isEqualTo(2);
        assertThat(api.get("/api/findings/" + root + "/2023").<Integer>read("$.total")).isZero();
    }

    /**
     * Issue 13: admissions counted as the statistical form counts them, in {@code categories}: people once, "of which"
     * parts overlapping, age bands and the average age from the age the unit service worked out, education,
     * profession and occupation, and the grassroots organisations that admitted or identified sources.
     */
    @Test
    void countsThePeopleAdmittedByTheFormsCategoriesOnceWhateverIsRedelivered() {
        String bloc = log.committee();
        String hospital = log.unit("BV");
        String tax = log.unit("CT");
        log.send(log.registered(log.next(), bloc, null, UnitKind.BLOC_COMMITTEE),
                log.registered(log.next(), hospital, bloc, UnitKind.GRASSROOTS_COMMITTEE),
                log.registered(log.next(), log.unit("BV-NOI"), hospital, UnitKind.SUBORDINATE_BRANCH),
                log.registered(log.next(), log.unit("BV-NGOAI"), hospital, UnitKind.SUBORDINATE_BRANCH),
                log.registered(log.next(), tax, bloc, UnitKind.GRASSROOTS_BRANCH));
        CandidateAdmitted young = admitted(log.unit("BV-NOI"), 24, true, true, GeneralEducation.UPPER_SECONDARY,
                ProfessionalLevel.UNIVERSITY, OccupationSector.PUBLIC_SERVANT, false);
        CandidateAdmitted older = admitted(log.unit("BV-NGOAI"), 35, false, true, GeneralEducation.LOWER_SECONDARY,
                ProfessionalLevel.COLLEGE, OccupationSector.WORKER, true);
        CandidateAdmitted unknown = CandidateAdmitted.newBuilder(log.admitted(log.next(), log.unit("BV-NOI"), MAY_19, true))
                .setAttributes(ReportingAttributes.newBuilder().setYouthUnionMember(true).setTradeUnionMember(true).build())
                .build();
        var updated = CandidateAttributesUpdated.newBuilder().setMetadata(log.next()).setCandidateId("c-updated")
                .setBranchCode(log.unit("BV-NOI")).setUpdatedOn(MAY_19)
                .setAttributes(ReportingAttributes.newBuilder().setYouthUnionMember(true).build()).build();
        log.send(young, older, unknown, updated, log.source(log.next(), tax, MAY_19),
                log.source(log.next(), log.unit("BV-NOI"), MAY_19));
        log.send(young, older);
        var marker = log.source(log.next(), bloc, LocalDate.of(2024, 6, 1));
        log.send(marker);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/progress/" + bloc + "/2024").<Integer>read("$.sources.actual")).isEqualTo(3));
        var progress = api.get("/api/progress/" + bloc + "/2024");
        assertThat(progress.<Integer>read("$.categories.admitted")).isEqualTo(3);
        assertThat(progress.<Map<String, Integer>>read("$.categories.ofWhich")).containsAllEntriesOf(Map.of(
                "YOUTH_UNION", 2, "TRADE_UNION", 3, "READMISSION", 1, "FEMALE", 0));
        assertThat(progress.<Map<String, Integer>>read("$.categories.ageBands")).containsExactlyInAnyOrderEntriesOf(
                Map.of("AGE_18_TO_30", 1, "AGE_31_TO_40", 1, "AGE_41_TO_50", 0, "AGE_OVER_50", 0, "AGE_UNSPECIFIED", 1));
        assertThat(progress.<Double>read("$.categories.averageAge")).isEqualTo(29.5);
        assertThat(progress.<Integer>read("$.categories.withAge")).isEqualTo(2);
        assertThat(progress.<Map<String, Integer>>read("$.categories.education")).containsAllEntriesOf(Map.of(
                "EDUCATION_UPPER_SECONDARY", 1, "EDUCATION_LOWER_SECONDARY", 1, "EDUCATION_UNSPECIFIED", 1,
                "EDUCATION_PRIMARY", 0));
        assertThat(progress.<Map<String, Integer>>read("$.categories.profession")).containsAllEntriesOf(Map.of(
                "PROFESSION_UNIVERSITY", 1, "PROFESSION_COLLEGE", 1, "PROFESSION_UNSPECIFIED", 1));
        assertThat(progress.<Map<String, Integer>>read("$.categories.sector")).containsAllEntriesOf(Map.of(
                "SECTOR_PUBLIC_SERVANT", 1, "SECTOR_WORKER", 1, "SECTOR_UNSPECIFIED", 1));
        assertThat(progress.<Integer>read("$.categories.organisationsAdmitted"))
                .as("the hospital's committee, once for its two branches").isEqualTo(1);
        assertThat(progress.<Integer>read("$.categories.organisationsWithSources"))
                .as("the hospital, the tax office, and the bloc committee's own source").isEqualTo(3);
        assertThat(progress.<List<String>>read("$.notes[*].english"))
                .anySatisfy(note -> assertThat(note).contains("a person in both counted in both"));
        assertThat(api.get("/api/progress/" + tax + "/2024").<Integer>read("$.categories.organisationsAdmitted"))
                .isZero();
        assertThat(api.get("/api/progress/" + hospital + "/2024").<Double>read("$.categories.averageAge"))
                .isEqualTo(29.5);
        assertThat(logStatus(bloc).get("gaps")).as("the attributes update counts nothing, but its place does")
                .asList().isEmpty();
    }

    private CandidateAdmitted admitted(String branch, int age, boolean youthUnion, boolean tradeUnion,
                                       GeneralEducation education, ProfessionalLevel profession,
                                       OccupationSector sector, boolean readmission) {
        return CandidateAdmitted.newBuilder(log.admitted(log.next(), branch, MAY_19, youthUnion))
                .setAgeAtAdmission(age)
                .setReadmission(readmission)
                .setAttributes(ReportingAttributes.newBuilder().setBirthYear(2024 - age - 1)
                        .setYouthUnionMember(youthUnion).setTradeUnionMember(tradeUnion)
                        .setEducationCategory(education).setProfessionalCategory(profession).setSectorCategory(sector)
                        .build())
                .build();
    }

    private static Finding finding(String rule, int workingDaysLate) {
        return Finding.newBuilder().setRuleCode(rule).setWorkingDaysLate(workingDaysLate)
                .setValues(Map.of("workingDaysLate", String.valueOf(workingDaysLate))).build();
    }

    @Test
    void duplicatesAndRedeliveriesNeverChangeAFigure() {
        String root = log.committee();
        EventMetadata registration = log.next();
        EventMetadata first = log.next();
        EventMetadata second = log.next();
        var admittedFirst = log.admitted(first, root, MAY_19, true);
        var admittedSecond = log.admitted(second, root, MAY_19, false);
        log.send(log.registered(registration, root, null), admittedFirst, admittedSecond);
        // The relay re-sends after a crash: the same events again, then an older one once more.
        log.send(admittedFirst, admittedSecond, admittedFirst);
        var marker = log.source(log.next(), root, MAY_19);
        log.send(marker);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/progress/" + root + "/2024").<Integer>read("$.sources.actual")).isEqualTo(1));
        assertThat(api.get("/api/progress/" + root + "/2024").<Integer>read("$.admissions.actual")).isEqualTo(2);
        assertThat(logStatus(root).get("gaps")).asList().isEmpty();
        var byIntroducer = api.get("/api/progress/" + root + "/2024");
        assertThat(byIntroducer.<Integer>read("$.sourcesBy.INTRODUCED_BY_YOUTH_UNION.actual")).isEqualTo(1);
        assertThat(byIntroducer.<Integer>read("$.sourcesBy.INTRODUCED_BY_MILITIA.actual")).isZero();
        assertThat(api.get("/api/progress/" + root + "/2024-Q2").<Integer>read("$.admissions.actual")).isEqualTo(2);
        assertThat(api.get("/api/progress/" + root + "/2024-Q3").<Integer>read("$.admissions.actual")).isZero();
    }

    @Test
    void countsRecognitionsRemovalsAndExitsPerUnitAndYearAndAnExitOnlyOnce() {
        String root = log.committee();
        LocalDate june2025 = LocalDate.of(2025, 6, 10);
        log.send(log.registered(log.next(), root, null),
                log.registered(log.next(), log.unit("A"), root),
                log.recognised(log.next(), log.unit("A"), june2025),
                log.recognised(log.next(), root, LocalDate.of(2024, 12, 30)));
        var removed = log.sympathiserRemoved(log.next(), log.unit("A"), june2025);
        log.send(removed, log.exited(log.next(), root, june2025));
        log.send(removed);
        var marker = log.source(log.next(), root, june2025);
        log.send(marker);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/progress/" + root + "/2025").<Integer>read("$.sources.actual")).isEqualTo(1));
        var progress = api.get("/api/progress/" + root + "/2025");
        assertThat(progress.<Integer>read("$.pipeline.RECOGNITIONS")).isEqualTo(1);
        assertThat(progress.<Integer>read("$.pipeline.SYMPATHISERS_REMOVED")).isEqualTo(1);
        assertThat(progress.<Integer>read("$.pipeline.EXITS")).isEqualTo(2);
        assertThat(progress.<Integer>read("$.admissions.actual")).isZero();
        assertThat(api.get("/api/progress/" + root + "/2024").<Integer>read("$.pipeline.RECOGNITIONS")).isEqualTo(1);
        assertThat(api.get("/api/progress/" + log.unit("A") + "/2025").<Integer>read("$.pipeline.EXITS")).isEqualTo(1);
    }

    @Test
    void theStockFollowsEachCandidateToTheFurthestStageTheyReached() {
        String root = log.committee();
        String branch = log.unit("A");
        var recognisedLater = log.source(log.next(), branch, MAY_19);
        var removedLater = log.source(log.next(), branch, MAY_19);
        var stillASource = log.source(log.next(), root, MAY_19);
        log.send(log.registered(log.next(), root, null), log.registered(log.next(), branch, root),
                recognisedLater, removedLater, stillASource,
                sameCandidate(recognisedLater.getCandidateId(), log.recognised(log.next(), branch, MAY_19)),
                sameCandidate(removedLater.getCandidateId(), log.sympathiserRemoved(log.next(), branch, MAY_19)),
                // A step behind the one reached, recorded late under a new sequence, leaves the candidate where they are.
                sameCandidate(recognisedLater.getCandidateId(), log.source(log.next(), branch, MAY_19)));
        var marker = log.admitted(log.next(), root, MAY_19, false);
        log.send(marker);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/progress/" + root + "/2024").<Integer>read("$.admissions.actual")).isEqualTo(1));
        var whole = api.get("/api/progress/" + root + "/2024");
        assertThat(whole.<Integer>read("$.stock.SOURCE")).isEqualTo(1);
        assertThat(whole.<Integer>read("$.stock.OFFICIAL_MEMBER")).isEqualTo(1);
        assertThat(whole.<Integer>read("$.stock.EXITED")).isEqualTo(1);
        assertThat(whole.<Integer>read("$.stock.PROBATIONARY_MEMBER")).isEqualTo(1);
        var ofBranch = api.get("/api/progress/" + branch + "/2024");
        assertThat(ofBranch.<Integer>read("$.stock.SOURCE")).isZero();
        assertThat(ofBranch.<Integer>read("$.stock.OFFICIAL_MEMBER")).isEqualTo(1);
    }

    private static <R extends SpecificRecordBase> R sameCandidate(String candidateId, R event) {
        event.put("candidateId", candidateId);
        return event;
    }

    @Test
    void gapsInACommitteesLogAreVisible() {
        String root = log.committee();
        log.send(log.registered(log.at(1), root, null), log.source(log.at(2), root, MAY_19),
                log.source(log.at(5), root, MAY_19));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> status = logStatus(root);
            assertThat(status).containsEntry("lastSequence", 5);
            assertThat(status.get("gaps")).asList().containsExactly(Map.of("from", 3, "to", 4));
        });
    }

    @Test
    void anUnknownUnitIs404WithAProblemDetail() {
        var answer = api.get("/api/progress/NOPE-" + log.committee() + "/2024");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.<String>read("$.detailEn")).contains("NOPE-");
    }

    private Map<String, Object> logStatus(String committee) {
        List<Map<String, Object>> logs = api.get("/api/logs").read("$[?(@.log == '" + committee + "')]");
        assertThat(logs).hasSize(1);
        return logs.getFirst();
    }
}
