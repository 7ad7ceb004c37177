package vn.pdv.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.stack.InProcessServices;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.KafkaPrincipals;
import vn.pdv.stack.LocalKafka;
import vn.pdv.stack.TestStack;
import vn.pdv.stack.TestStackInitializer;
import vn.pdv.unit.UnitServiceApplication;

/**
 * A step recorded at a committee's unit service travels through the outbox, the real broker and the real
 * schema registry to the province aggregator, and shows in its figures. Both services trust the test Keycloak: the
 * committee's secretary sets it up, its clerk records the steps, and at the aggregator the province administrator and
 * the bloc's viewer read the committee's figures while another committee's clerk may not. Each service speaks to the
 * broker as its own SCRAM principal on the SASL listener, under the ACLs a province grants (KafkaPrincipals), so the
 * whole path works with nothing more than those rights.
 */
class EndToEndTest {

    /** A committee of the demo realm, whose accounts the test acts as; its events are the only DUK-26 ones here. */
    private static final String COMMITTEE = "DUK-26";

    private static final InProcessServices services = new InProcessServices();
    private static JsonApi unit;
    private static JsonApi aggregator;
    private static boolean committeeRegistered;

    @BeforeAll
    static void startServices() {
        KafkaPrincipals.declareTopics(TestStack.kafkaBootstrapServers(), LocalKafka.DEFAULT_PARTITIONS,
                List.of(COMMITTEE));
        String aggregatorPassword = KafkaPrincipals.newPassword();
        KafkaPrincipals.grantAggregator(TestStack.kafkaBootstrapServers(), aggregatorPassword);
        aggregator = start(AggregatorApplication.builder(), "e2e-aggregator", KafkaPrincipals.AGGREGATOR,
                aggregatorPassword,
                // A group of its own, within the aggregator principal's groups (prefix pdv-aggregator).
                "pdv.aggregator.group-id=" + KafkaPrincipals.AGGREGATOR + "-e2e-" + UUID.randomUUID())
                .as("province.admin");
        String committeePassword = KafkaPrincipals.newPassword();
        KafkaPrincipals.grantCommittee(TestStack.kafkaBootstrapServers(), COMMITTEE, committeePassword);
        unit = start(UnitServiceApplication.builder(), "e2e-unit", KafkaPrincipals.committee(COMMITTEE),
                committeePassword, "pdv.committee.code=" + COMMITTEE).as("duk26.secretary");
    }

    @AfterAll
    static void stopServices() {
        services.close();
    }

    /** The bloc and the committee with its branch, once for the tests of this class (they share the services). */
    private static synchronized void theBlocAndTheCommittee() {
        if (committeeRegistered) {
            return;
        }
        // The bloc runs no unit service here: the province opens it, so that the bloc's viewer has a subtree to read.
        assertThat(aggregator.post("/api/hierarchy/changes", Map.of("kind", "OPEN", "unit", "DUK",
                "name", "Đảng bộ Khối các cơ quan tỉnh", "unitKind", "BLOC_COMMITTEE", "on", "2024-01-01")).status())
                .isEqualTo(201);
        assertThat(unit.post("/api/units", unit(COMMITTEE, "DUK")).status()).isEqualTo(201);
        assertThat(unit.post("/api/units", unit(COMMITTEE + "-KN", COMMITTEE)).status()).isEqualTo(201);
        committeeRegistered = true;
    }

    @Test
    void anAdmissionRecordedAtAUnitServiceIsCountedByTheAggregator() {
        theBlocAndTheCommittee();
        assertThat(unit.post("/api/quotas", Map.of("targetUnitCode", COMMITTEE, "planNumber", "104-KH/ĐUK",
                "planIssuedOn", "2024-03-06", "periodKind", "YEAR", "year", 2024, "metric", "ADMISSIONS",
                "quota", 5, "breakdown", Map.of("YOUTH_UNION", 4))).status()).isEqualTo(201);
        admittedIn(2024);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var progress = aggregator.get("/api/progress/" + COMMITTEE + "/2024");
            assertThat(progress.status()).isEqualTo(200);
            assertThat(progress.<Integer>read("$.admissions.actual")).isEqualTo(1);
            assertThat(progress.<Integer>read("$.admissions.quota")).isEqualTo(5);
            assertThat(progress.<Double>read("$.admissions.percentOfPlan")).isEqualTo(20.0);
            assertThat(progress.<Integer>read("$.admissionsBy.YOUTH_UNION.actual")).isEqualTo(1);
            assertThat(progress.<Integer>read("$.sources.actual")).isEqualTo(1);
        });
        assertThat(aggregator.as("duk.viewer").get("/api/progress/" + COMMITTEE + "/2024").status())
                .as("the bloc's viewer reads a committee of the bloc").isEqualTo(200);
        assertThat(aggregator.as("duk01.clerk").get("/api/progress/" + COMMITTEE + "/2024").status())
                .as("another committee's clerk does not").isEqualTo(403);
    }

    /**
     * Issue 13: an admission decided after its 60 working days is recorded (201, with the finding), published with it,
     * counted in the aggregator's figures as any admission, and counted as a finding for the inspection committee. In
     * 2025, so that the 2024 figures of the other test stay its own.
     */
    @Test
    void aLateAdmissionDecisionIsRecordedWithAFindingCountedInTheFiguresAndInTheFindings() {
        theBlocAndTheCommittee();
        assertThat(unit.post("/api/quotas", Map.of("targetUnitCode", COMMITTEE, "planNumber", "12-KH/ĐUK",
                "planIssuedOn", "2025-01-06", "periodKind", "YEAR", "year", 2025, "metric", "ADMISSIONS",
                "quota", 4, "breakdown", Map.of())).status()).isEqualTo(201);
        var source = step("/api/sources", Map.of("branchCode", COMMITTEE + "-KN",
                "introducedBy", "TRADE_UNION", "identifiedOn", "2025-01-06",
                "person", Map.of("fullName", "Lê Thị Hoa", "dateOfBirth", "1990-03-12"),
                "attributes", Map.of("gender", "FEMALE", "tradeUnionMember", true, "generalEducation", "12/12")));
        assertThat(source.status()).as(source.body()).isEqualTo(201);
        String candidate = source.read("$.candidateId");
        String steps = "/api/candidates/" + candidate;
        List.of(
                step(steps + "/sympathisers", Map.of("addedOn", "2025-01-10", "resolutionNumber", "01-NQ/CB",
                        "helperMemberRef", "M-011")),
                step(steps + "/certificate", Map.of("certificateNumber", "GCN-2025-007", "issuedOn", "2025-01-20")),
                step(steps + "/verification", Map.of("startedOn", "2025-01-22", "concludedOn", "2025-02-14")),
                step(steps + "/introductions", Map.of("route", "MEMBER_AND_TRADE_UNION_COMMITTEE",
                        "introducedOn", "2025-02-20", "introducers", List.of(Map.of("memberRef", "M-002",
                                "standing", "OFFICIAL", "withCandidateSince", "2020-01-01")))),
                step(steps + "/branch-vote", Map.of("votedOn", "2025-03-03", "officialMembers", 15,
                        "officialMembersPresent", 14, "votesFor", 13, "votesAgainst", 1)),
                step(steps + "/proposal", Map.of("proposedOn", "2025-03-05", "proposedTo", "DUK")))
                .forEach(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));

        // 60 working days from 3 March 2025 end in early June; the committee decided on 15 July.
        var admitted = step(steps + "/admission", Map.of("decidedBy", "DUK", "decisionNumber", "31-QĐ/ĐUK",
                "decidedOn", "2025-07-15", "admittedOn", "2025-07-25"));

        assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
        assertThat(admitted.<String>read("$.stage")).isEqualTo("PROBATIONARY_MEMBER");
        assertThat(admitted.<List<String>>read("$.history[?(@.event == 'AdmissionDecided')].findings[*].rule"))
                .containsExactly("DECISION_DEADLINE");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var progress = aggregator.get("/api/progress/" + COMMITTEE + "/2025");
            assertThat(progress.<Integer>read("$.admissions.actual")).isEqualTo(1);
            var findings = aggregator.get("/api/findings/" + COMMITTEE + "/2025");
            assertThat(findings.status()).isEqualTo(200);
            assertThat(findings.<Integer>read("$.byRule.DECISION_DEADLINE")).isEqualTo(1);
            assertThat(findings.<Integer>read("$.total")).isEqualTo(1);
        });
        assertThat(aggregator.as("duk.viewer").get("/api/findings/" + COMMITTEE + "/2025").status())
                .as("the bloc's viewer reads the committee's findings").isEqualTo(200);
        assertThat(aggregator.as("duk01.clerk").get("/api/findings/" + COMMITTEE + "/2025").status())
                .as("another committee's clerk does not").isEqualTo(403);
    }

    /**
     * A youth-union member walked from source to the ceremony on 19 May of {@code year}, by the committee's clerk, on
     * the same days of the year as the first test's candidate; the candidate's id.
     */
    private static String admittedIn(int year) {
        var source = unit.post("/api/sources", Map.of("branchCode", COMMITTEE + "-KN",
                "introducedBy", "YOUTH_UNION", "identifiedOn", year + "-02-01",
                "person", Map.of("fullName", "Trần Văn Nam", "dateOfBirth", "1999-08-30"),
                "attributes", Map.of("gender", "MALE", "youthUnionMember", true)));
        assertThat(source.status()).as(source.body()).isEqualTo(201);
        String candidate = source.read("$.candidateId");
        String steps = "/api/candidates/" + candidate;
        List.of(
                step(steps + "/sympathisers", Map.of("addedOn", year + "-02-15", "resolutionNumber", "05-NQ/CB",
                        "helperMemberRef", "M-007")),
                step(steps + "/certificate", Map.of("certificateNumber", "GCN-" + year + "-118", "issuedOn", year + "-03-01")),
                step(steps + "/verification", Map.of("startedOn", year + "-03-05", "concludedOn", year + "-03-25")),
                step(steps + "/introductions", Map.of("route", "MEMBER_AND_YOUTH_UNION_COMMITTEE",
                        "introducedOn", year + "-04-01", "introducers", List.of(Map.of("memberRef", "M-001",
                                "standing", "OFFICIAL", "withCandidateSince", "2021-09-01")))),
                step(steps + "/branch-vote", Map.of("votedOn", year + "-04-10", "officialMembers", 15,
                        "officialMembersPresent", 14, "votesFor", 13, "votesAgainst", 1)),
                step(steps + "/proposal", Map.of("proposedOn", year + "-04-15", "proposedTo", "DUK")),
                step(steps + "/admission", Map.of("decidedBy", "DUK", "decisionNumber", "7-QĐ/ĐUK",
                        "decidedOn", year + "-05-02", "admittedOn", year + "-05-19")))
                .forEach(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
        return candidate;
    }

    /**
     * Issue 13: an admission corrected at the unit service to the day it really happened (from May to July) moves
     * from the second quarter's figures to the third's at the aggregator; voided, it leaves them. In 2026, so that the
     * other tests' figures stay their own.
     */
    @Test
    void aCorrectedAdmissionMovesToItsNewQuarterAtTheAggregatorAndAVoidedOneLeavesTheFigures() {
        theBlocAndTheCommittee();
        String candidate = admittedIn(2026);
        String ceremony = "/api/candidates/" + candidate + "/steps/9";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(aggregator
                .get("/api/progress/" + COMMITTEE + "/2026-Q2").<Integer>read("$.admissions.actual")).isEqualTo(1));

        var corrected = step(ceremony + "/correction", Map.of("effectiveOn", "2026-07-02",
                "reason", "Nhập nhầm ngày lễ kết nạp"));

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(aggregator.get("/api/progress/" + COMMITTEE + "/2026-Q3").<Integer>read("$.admissions.actual"))
                    .isEqualTo(1);
            assertThat(aggregator.get("/api/progress/" + COMMITTEE + "/2026-Q2").<Integer>read("$.admissions.actual"))
                    .isZero();
        });
        assertThat(aggregator.get("/api/progress/" + COMMITTEE + "/2026").<Integer>read("$.admissions.actual"))
                .isEqualTo(1);

        var voided = step(ceremony + "/void", Map.of("reason", "Ghi nhầm người"));

        assertThat(voided.status()).as(voided.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(aggregator
                .get("/api/progress/" + COMMITTEE + "/2026").<Integer>read("$.admissions.actual")).isZero());
        assertThat(aggregator.get("/api/progress/" + COMMITTEE + "/2026").<Integer>read("$.stock.ADMISSION_DECIDED"))
                .isEqualTo(1);
    }

    private static JsonApi.Answer step(String path, Map<String, ?> body) {
        return unit.as("duk26.clerk").post(path, body);
    }

    private static Map<String, Object> unit(String code, String parent) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("code", code);
        unit.put("name", "Đơn vị " + code);
        unit.put("kind", code.equals(COMMITTEE) ? "GRASSROOTS_COMMITTEE" : "SUBORDINATE_BRANCH");
        unit.put("parentCode", parent);
        unit.put("effectiveFrom", "2024-01-01");
        return unit;
    }

    private static JsonApi start(SpringApplicationBuilder application, String database, String kafkaUser,
                                 String kafkaPassword, String... extra) {
        List<String> properties = new ArrayList<>(KafkaPrincipals.asPrincipal(TestStackInitializer.properties(database),
                TestStack.kafkaSaslBootstrapServers(), kafkaUser, kafkaPassword));
        properties.addAll(List.of(extra));
        return InProcessServices.api(services.start(application, properties));
    }
}
