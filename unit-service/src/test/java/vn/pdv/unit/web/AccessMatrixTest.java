package vn.pdv.unit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.pdv.unit.Fixtures.aSource;
import static vn.pdv.unit.Fixtures.aUnit;
import static vn.pdv.unit.Fixtures.body;
import static vn.pdv.unit.Fixtures.lastSequence;
import static vn.pdv.unit.Fixtures.registeredCommitteeAndBranch;
import static vn.pdv.unit.Fixtures.theStepsToOfficialMember;
import static vn.pdv.unit.Fixtures.walkedUpTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.events.FulfilmentStatus;
import vn.pdv.stack.JsonApi;
import vn.pdv.unit.UnitServiceTest;
import vn.pdv.unit.alert.AlertFixture;
import vn.pdv.unit.pipeline.importing.SympathiserLists;

/**
 * Every endpoint of the unit service against the real Keycloak, asked by five callers: nobody (401), the secretary of
 * another committee (403), an account of committee DUK-01 whose role is too small (403), the account the endpoint is
 * for (2xx), and the province administrator (403: the province works at the aggregator, not in a committee's records).
 * A refusal changes nothing: the committee's log ends where it ended, the organisations and the alert inbox read as
 * before; the allowed write does change them, which shows the check would see a change.
 *
 * <p>Beside the matrix: a branch's clerk works for its own branch only, its candidates' personal data included.
 */
@UnitServiceTest
class AccessMatrixTest {

    static final String OTHER_UNIT = "duk26.secretary";
    static final String PROVINCE_ADMIN = "province.admin";
    static final String SECRETARY = "duk01.secretary";
    static final String CLERK = "duk01.clerk";
    static final String VIEWER = "duk01.viewer";
    static final String NO_PDV_ROLE = "duk01.guest";
    static final String BRANCH_CLERK = "duk01.branch.clerk";
    static final String OWN_BRANCH = "DUK-01-KN";
    static final String OTHER_BRANCH = "DUK-01-YT";

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @LocalServerPort
    int port;

    JsonApi secretary;

    @BeforeEach
    void committeeWithTwoBranches() {
        secretary = registeredCommitteeAndBranch(port);
        secretary.post("/api/units", aUnit(OTHER_BRANCH, "DUK-01"));
    }

    /**
     * @param right    the account the endpoint is for
     * @param tooSmall an account of the committee whose role does not reach
     * @param writes   whether the allowed call changes the committee's records
     * @param prepare  sets up what the call is about, and gives the call
     */
    record Endpoint(String name, String right, String tooSmall, int success, boolean writes,
                    Function<AccessMatrixTest, Function<JsonApi, JsonApi.Answer>> prepare) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>(List.of(
                new Endpoint("POST /api/units", SECRETARY, CLERK, 201, true, test -> {
                    String code = "DUK-01-M" + SERIAL.incrementAndGet();
                    return api -> api.post("/api/units", aUnit(code, "DUK-01"));
                }),
                new Endpoint("GET /api/units", VIEWER, NO_PDV_ROLE, 200, false, test -> api -> api.get("/api/units")),
                new Endpoint("POST /api/sources", CLERK, VIEWER, 201, true,
                        test -> api -> api.post("/api/sources", aSource(OWN_BRANCH))),
                new Endpoint("POST /api/candidates/transfers", CLERK, VIEWER, 201, true,
                        test -> api -> api.post("/api/candidates/transfers",
                                vn.pdv.unit.Fixtures.aTransferAfterTheDecision(java.util.UUID.randomUUID().toString()))),
                new Endpoint("GET /api/candidates/{id}", VIEWER, NO_PDV_ROLE, 200, false, test -> {
                    String candidate = test.candidateBefore("sympathisers");
                    return api -> api.get("/api/candidates/" + candidate);
                }),
                new Endpoint("GET /api/candidates/{id}/person", VIEWER, NO_PDV_ROLE, 200, false, test -> {
                    String candidate = test.candidateBefore("sympathisers");
                    return api -> api.get("/api/candidates/" + candidate + "/person");
                }),
                new Endpoint("POST /api/candidates/{id}/sympathisers/removal", CLERK, VIEWER, 201, true, test -> {
                    String candidate = test.candidateBefore("certificate");
                    return api -> api.post("/api/candidates/" + candidate + "/sympathisers/removal",
                            body("removedOn", "2024-03-01", "resolutionNumber", "09-NQ/CB"));
                }),
                new Endpoint("POST /api/candidates/{id}/exit", CLERK, VIEWER, 201, true, test -> {
                    String candidate = test.candidateBefore("sympathisers");
                    return api -> api.post("/api/candidates/" + candidate + "/exit",
                            body("reason", "WITHDRAWN_FROM_SOURCES", "exitedOn", "2024-02-10"));
                }),
                new Endpoint("POST /api/sympathisers/reviews", CLERK, VIEWER, 201, true, test -> {
                    String quarter = "2025-Q" + (1 + SERIAL.incrementAndGet() % 4);
                    String branch = test.aBranchOfItsOwn();
                    return api -> api.post("/api/sympathisers/reviews", body("branchCode", branch, "quarter", quarter,
                            "reviewedOn", "2025-12-30", "reviewedBy", "Chi ủy chi bộ"));
                }),
                new Endpoint("GET /api/sympathisers/reviews", VIEWER, NO_PDV_ROLE, 200, false,
                        test -> api -> api.get("/api/sympathisers/reviews")),
                new Endpoint("POST /api/classes", CLERK, VIEWER, 201, false, test -> api -> api.post("/api/classes",
                        body("kind", "AWARENESS", "title", "Lớp nhận thức", "organiserCode", "DUK-01",
                                "startsOn", "2024-02-26", "endsOn", "2024-03-01"))),
                new Endpoint("GET /api/classes", VIEWER, NO_PDV_ROLE, 200, false, test -> api -> api.get("/api/classes")),
                new Endpoint("GET /api/classes/{id}", VIEWER, NO_PDV_ROLE, 200, false, test -> {
                    String partyClass = test.aClass();
                    return api -> api.get("/api/classes/" + partyClass);
                }),
                new Endpoint("GET /api/classes/{id}/list.xlsx", VIEWER, NO_PDV_ROLE, 200, false, test -> {
                    String partyClass = test.aClass();
                    return api -> api.get("/api/classes/" + partyClass + "/list.xlsx");
                }),
                new Endpoint("POST /api/classes/{id}/enrolments", CLERK, VIEWER, 201, false, test -> {
                    String partyClass = test.aClass();
                    String candidate = test.candidateBefore("certificate");
                    return api -> api.post("/api/classes/" + partyClass + "/enrolments", body("candidateId", candidate));
                }),
                new Endpoint("POST /api/classes/{id}/completion", CLERK, VIEWER, 201, true, test -> {
                    String partyClass = test.aClass();
                    String candidate = test.candidateBefore("certificate");
                    test.secretary.post("/api/classes/" + partyClass + "/enrolments", body("candidateId", candidate));
                    return api -> api.post("/api/classes/" + partyClass + "/completion", body("heldOn", "2024-03-01",
                            "attendees", List.of(body("candidateId", candidate, "certificateNumber", "GCN-7"))));
                }),
                new Endpoint("GET /api/deadlines", VIEWER, NO_PDV_ROLE, 200, false,
                        test -> api -> api.get("/api/deadlines?today=2024-04-20")),
                new Endpoint("POST /api/sympathisers/import", SECRETARY, CLERK, 200, true, test -> {
                    byte[] list = aListOfOne();
                    return api -> api.postFile("/api/sympathisers/import", "file", "ds.csv", list);
                }),
                new Endpoint("POST /api/quotas", SECRETARY, CLERK, 201, true, test -> api -> api.post("/api/quotas",
                        body("targetUnitCode", OWN_BRANCH, "planNumber", "104-KH/ĐUK", "planIssuedOn", "2024-03-06",
                                "periodKind", "YEAR", "year", 2024, "metric", "ADMISSIONS", "quota", 5))),
                new Endpoint("GET /api/outbox", VIEWER, NO_PDV_ROLE, 200, false, test -> api -> api.get("/api/outbox")),
                new Endpoint("GET /api/alerts", VIEWER, NO_PDV_ROLE, 200, false, test -> api -> api.get("/api/alerts")),
                new Endpoint("POST /api/alerts/{id}/acknowledgement", SECRETARY, CLERK, 200, true, test -> {
                    String alert = test.anAlertInTheInbox();
                    return api -> api.post("/api/alerts/" + alert + "/acknowledgement", Map.of("by", "Thư ký"));
                }),
                new Endpoint("GET /v3/api-docs", VIEWER, NO_PDV_ROLE, 200, false, test -> api -> api.get("/v3/api-docs")),
                new Endpoint("GET /actuator/health", SECRETARY, CLERK, 200, false,
                        test -> api -> api.get("/actuator/health")),
                new Endpoint("GET /actuator/info", SECRETARY, CLERK, 200, false, test -> api -> api.get("/actuator/info"))));
        for (var step : theStepsToOfficialMember()) {
            all.add(new Endpoint("POST /api/candidates/{id}/" + step.getKey(), CLERK, VIEWER, 201, true, test -> {
                String candidate = test.candidateBefore(step.getKey());
                return api -> api.post("/api/candidates/" + candidate + "/" + step.getKey(), step.getValue());
            }));
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answersOnlyTheAccountItIsForAndARefusalChangesNothing(Endpoint endpoint) {
        Function<JsonApi, JsonApi.Answer> call = endpoint.prepare().apply(this);
        JsonApi service = new JsonApi(port);
        SoftAssertions softly = new SoftAssertions();

        String before = records();
        JsonApi.Answer anonymous = call.apply(service);
        softly.assertThat(anonymous.status()).as("anonymous: " + anonymous.body()).isEqualTo(401);
        softly.assertThat(anonymous.challenge()).as("anonymous").startsWith("Bearer");
        softly.assertThat(anonymous.contentType()).as("anonymous").startsWith("application/problem+json");
        for (String refused : List.of(OTHER_UNIT, endpoint.tooSmall(), PROVINCE_ADMIN)) {
            JsonApi.Answer answer = call.apply(service.as(refused));
            softly.assertThat(answer.status()).as(refused + ": " + answer.body()).isEqualTo(403);
            softly.assertThat(answer.contentType()).as(refused).startsWith("application/problem+json");
            softly.assertThat(answer.body()).as(refused).contains("\"rule\":\"" + (refused.equals(endpoint.tooSmall())
                    ? "role-required" : "unit-out-of-scope") + "\"");
        }
        softly.assertThat(records()).as("nothing changed after the refusals").isEqualTo(before);
        JsonApi.Answer allowed = call.apply(service.as(endpoint.right()));
        softly.assertThat(allowed.status()).as(endpoint.right() + ": " + allowed.body()).isEqualTo(endpoint.success());
        if (endpoint.writes()) {
            softly.assertThat(records()).as("the allowed call changed the records").isNotEqualTo(before);
        }
        softly.assertAll();
    }

    @Test
    void aBranchClerkRecordsForItsOwnBranchOnly() {
        JsonApi branchClerk = new JsonApi(port).as(BRANCH_CLERK);
        String ours = walkedUpTo(secretary, "sympathisers", aSource(OWN_BRANCH));
        String theirs = walkedUpTo(secretary, "sympathisers", aSource(OTHER_BRANCH));
        Map<String, Object> listing = theStepsToOfficialMember().getFirst().getValue();
        String before = records();

        JsonApi.Answer otherBranchsStep = branchClerk.post("/api/candidates/" + theirs + "/sympathisers", listing);
        JsonApi.Answer otherBranchsSource = branchClerk.post("/api/sources", aSource(OTHER_BRANCH));
        JsonApi.Answer committeesSource = branchClerk.post("/api/sources", aSource("DUK-01"));

        assertThat(otherBranchsStep.status()).isEqualTo(403);
        assertThat(otherBranchsStep.<String>read("$.rule")).isEqualTo("unit-out-of-scope");
        assertThat(otherBranchsStep.<String>read("$.detail")).contains(OTHER_BRANCH, OWN_BRANCH);
        assertThat(otherBranchsStep.<String>read("$.detailEn")).contains(OTHER_BRANCH, OWN_BRANCH);
        assertThat(otherBranchsSource.status()).isEqualTo(403);
        assertThat(committeesSource.status()).isEqualTo(403);
        assertThat(records()).isEqualTo(before);
        assertThat(branchClerk.post("/api/candidates/" + ours + "/sympathisers", listing).status()).isEqualTo(201);
        assertThat(branchClerk.post("/api/sources", aSource(OWN_BRANCH)).status()).isEqualTo(201);
    }

    @Test
    void aBranchClerkReadsItsOwnBranchsCandidatesTheirPeopleAndDeadlinesButNoOtherBranchsAndNothingCommitteeWide() {
        JsonApi branchClerk = new JsonApi(port).as(BRANCH_CLERK);
        String ours = walkedUpTo(secretary, "proposal", aSource(OWN_BRANCH));
        String theirs = walkedUpTo(secretary, "proposal", aSource(OTHER_BRANCH, "Võ Minh Khang", "052300005555"));
        String deadlines = "/api/deadlines?today=2024-07-08";

        assertThat(branchClerk.get("/api/candidates/" + ours).status()).isEqualTo(200);
        assertThat(branchClerk.get("/api/candidates/" + theirs).status()).isEqualTo(403);
        assertThat(branchClerk.get(deadlines).<List<String>>read("$..branchCode")).isNotEmpty().containsOnly(OWN_BRANCH);
        assertThat(branchClerk.get(deadlines).<List<String>>read("$..candidateId")).contains(ours).doesNotContain(theirs);
        assertThat(secretary.get(deadlines).<List<String>>read("$..candidateId")).contains(ours, theirs);
        assertThat(branchClerk.get("/api/candidates/" + ours + "/person").<String>read("$.idCardNumber"))
                .isEqualTo("052300001234");
        JsonApi.Answer person = branchClerk.get("/api/candidates/" + theirs + "/person");
        assertThat(person.status()).isEqualTo(403);
        assertThat(person.body()).doesNotContain("Võ Minh Khang", "052300005555");
        assertThat(branchClerk.get("/api/outbox").status()).isEqualTo(403);
        assertThat(branchClerk.get("/api/alerts").status()).isEqualTo(403);
        assertThat(new JsonApi(port).as(VIEWER).get("/api/candidates/" + ours + "/person").<String>read("$.fullName"))
                .isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void aRefusalSaysInVietnameseAndEnglishWhichRoleWasMissing() {
        JsonApi.Answer answer = new JsonApi(port).as(CLERK).post("/api/quotas", body("targetUnitCode", OWN_BRANCH,
                "planNumber", "104-KH/ĐUK", "planIssuedOn", "2024-03-06", "periodKind", "YEAR", "year", 2024,
                "metric", "ADMISSIONS", "quota", 5));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.<String>read("$.type")).isEqualTo("urn:pdv:problem:role-required");
        assertThat(answer.<String>read("$.title")).isEqualTo("Không có quyền");
        assertThat(answer.<String>read("$.detail")).contains("bí thư");
        assertThat(answer.<String>read("$.detailEn")).contains("committee secretary");
    }

    /** The committee's log, organisations and alert inbox, as its secretary reads them. */
    private String records() {
        return lastSequence(secretary) + "\n" + secretary.get("/api/units").body() + "\n"
                + secretary.get("/api/alerts").body();
    }

    /** An awareness class organised by the committee, nobody enrolled yet. */
    private String aClass() {
        return secretary.post("/api/classes", body("kind", "AWARENESS", "title", "Lớp nhận thức", "organiserCode",
                "DUK-01", "startsOn", "2024-02-26", "endsOn", "2024-03-01")).read("$.classId");
    }

    /** A branch registered for this call alone, so a quarter's review is never already recorded. */
    private String aBranchOfItsOwn() {
        String code = "DUK-01-M" + SERIAL.incrementAndGet();
        secretary.post("/api/units", aUnit(code, "DUK-01"));
        return code;
    }

    private String candidateBefore(String step) {
        return walkedUpTo(secretary, step, aSource(OWN_BRANCH));
    }

    /** An alert addressed to the committee, published as the aggregator would and arrived in the inbox. */
    private String anAlertInTheInbox() {
        String id = "alert-" + UUID.randomUUID();
        AlertFixture.publish(AlertFixture.anAlert(id, "DUK-01", List.of("DUK-01", "DUK"), FulfilmentStatus.AT_RISK,
                Instant.parse("2024-09-01T01:00:00Z")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(secretary.get("/api/alerts").<List<String>>read("$[*].id")).contains(id));
        return id;
    }

    /** A sympathiser list of one sound row, of a person not yet listed (a name and date of birth of their own). */
    private static byte[] aListOfOne() {
        int serial = SERIAL.incrementAndGet();
        String bornOn = String.format("%02d/%02d/1998", 1 + serial % 28, 1 + serial / 28 % 12);
        List<Object> row = SympathiserLists.with(SympathiserLists.aRow(1, "Trần Thị Mai", OWN_BRANCH), "Ngày sinh", bornOn);
        return SympathiserLists.bytes(SympathiserLists.csv(row));
    }
}
