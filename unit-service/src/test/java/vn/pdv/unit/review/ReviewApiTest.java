package vn.pdv.unit.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.pdv.unit.Fixtures.aSource;
import static vn.pdv.unit.Fixtures.aUnit;
import static vn.pdv.unit.Fixtures.body;
import static vn.pdv.unit.Fixtures.lastSequence;
import static vn.pdv.unit.Fixtures.registeredCommitteeAndBranch;
import static vn.pdv.unit.Fixtures.walkedUpTo;
import static vn.pdv.unit.Fixtures.with;
import static vn.pdv.unit.PublishedEvents.decode;
import static vn.pdv.unit.PublishedEvents.recordsOf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.events.SympathiserListReviewed;
import vn.pdv.stack.JsonApi;
import vn.pdv.unit.PublishedEvents;
import vn.pdv.unit.UnitServiceTest;
import vn.pdv.unit.review.application.OverdueReviewAlerts;

/**
 * The quarterly review of a branch's sympathiser list over HTTP, against the real stack: recorded with the list's
 * length counted by the service, refused (nothing written) when the quarter already has one or the date is before the
 * quarter, owed on the deadline list until recorded, raised once as an alert in the committee's inbox when overdue,
 * and published to the province as counts only. Each test registers branches of its own, registered on 1 July 2026, so
 * the only quarter they can owe on 5 October 2026 is the third.
 */
@UnitServiceTest
class ReviewApiTest {

    private static final String OCTOBER_5 = "/api/deadlines?today=2026-10-05";

    @LocalServerPort
    int port;

    @Autowired
    OverdueReviewAlerts alerts;

    JsonApi secretary;
    JsonApi clerk;
    String branch;

    @BeforeEach
    void aBranchOfItsOwn() {
        secretary = registeredCommitteeAndBranch(port);
        clerk = new JsonApi(port).as("duk01.clerk");
        branch = newBranch();
    }

    @Test
    void aClerkRecordsAReviewWithTheListsLengthAndItIsNoLongerOwed() {
        String listed = walkedUpTo(secretary, "certificate", aSource(branch));
        walkedUpTo(secretary, "sympathisers", aSource(branch, "Võ Minh Khang", "052300005555"));
        assertThat(secretary.get("/api/candidates/" + listed).<String>read("$.stage")).isEqualTo("SYMPATHISER");
        assertThat(clerk.get(OCTOBER_5).<List<String>>read("$.overdueReviews[?(@.branchCode == '" + branch + "')].quarter"))
                .containsExactly("2026-Q3");

        JsonApi.Answer recorded = clerk.post("/api/sympathisers/reviews", aReview(branch, "2026-Q3", "2026-09-28"));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.<Integer>read("$.onList")).as("one listed; the other is still a source").isEqualTo(1);
        assertThat(recorded.<String>read("$.reviewedBy")).isEqualTo("Chi ủy chi bộ");
        assertThat(clerk.get("/api/sympathisers/reviews").<List<String>>read(
                "$[?(@.branchCode == '" + branch + "')].quarter")).containsExactly("2026-Q3");
        assertThat(clerk.get(OCTOBER_5).<List<String>>read("$.overdueReviews[*].branchCode")).doesNotContain(branch);
    }

    @Test
    void aSecondReviewOfTheQuarterIsRefusedNamingTheRuleAndTheFieldAndWritesNothing() {
        assertThat(clerk.post("/api/sympathisers/reviews", aReview(branch, "2026-Q3", "2026-09-01")).status())
                .isEqualTo(201);
        long before = lastSequence(secretary);

        JsonApi.Answer again = clerk.post("/api/sympathisers/reviews", aReview(branch, "2026-Q3", "2026-09-28"));

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.<String>read("$.rule")).isEqualTo("REVIEW_ALREADY_RECORDED");
        assertThat(again.<String>read("$.field")).isEqualTo("quarter");
        assertThat(again.<String>read("$.detail")).contains("quý III/2026", "01/09/2026");
        assertThat(again.<String>read("$.detailEn")).contains("Q3 2026");
        assertThat(lastSequence(secretary)).isEqualTo(before);
    }

    @Test
    void aReviewDatedBeforeItsQuarterOrOfAnUnknownBranchIsRefusedAndAnUnreadableOneIsABadRequest() {
        long before = lastSequence(secretary);

        JsonApi.Answer early = clerk.post("/api/sympathisers/reviews", aReview(branch, "2026-Q3", "2026-06-30"));
        JsonApi.Answer unknown = clerk.post("/api/sympathisers/reviews", aReview("DUK-01-NOWHERE", "2026-Q3", "2026-09-28"));
        JsonApi.Answer unreadable = clerk.post("/api/sympathisers/reviews", aReview(branch, "2026-III", "2026-09-28"));

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.<String>read("$.rule")).isEqualTo("REVIEW_OUT_OF_QUARTER");
        assertThat(early.<String>read("$.field")).isEqualTo("reviewedOn");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.<String>read("$.rule")).isEqualTo("BRANCH_UNKNOWN");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.<String>read("$.errors[0].field")).isEqualTo("quarter");
        assertThat(unreadable.<String>read("$.errors[0].rule")).isEqualTo("Pattern");
        assertThat(lastSequence(secretary)).isEqualTo(before);
    }

    @Test
    void anOverdueReviewIsRaisedOnceAsAnAlertInTheCommitteesInbox() {
        String id = "review-overdue-" + branch + "-2026-Q3";

        alerts.raiseOverdue(LocalDate.of(2026, 10, 5));
        alerts.raiseOverdue(LocalDate.of(2026, 10, 6));

        List<Map<String, Object>> raised = secretary.get("/api/alerts").read("$[?(@.id == '" + id + "')]");
        assertThat(raised).singleElement().satisfies(alert -> {
            assertThat(alert).containsEntry("unitCode", branch).containsEntry("kind", "REVIEW_OVERDUE")
                    .containsEntry("period", "2026-Q3");
            assertThat((String) alert.get("message")).contains("chưa rà soát danh sách cảm tình đảng quý III/2026");
        });
        String reviewed = newBranch();
        clerk.post("/api/sympathisers/reviews", aReview(reviewed, "2026-Q3", "2026-09-28"));
        alerts.raiseOverdue(LocalDate.of(2026, 10, 7));
        assertThat(secretary.get("/api/alerts").<List<String>>read("$[*].id"))
                .doesNotContain("review-overdue-" + reviewed + "-2026-Q3");
    }

    @Test
    void aBranchClerkRecordsItsOwnBranchsReviewOnlyAndSeesOnlyItsOwn() {
        JsonApi branchClerk = new JsonApi(port).as("duk01.branch.clerk");

        JsonApi.Answer theirs = branchClerk.post("/api/sympathisers/reviews", aReview(branch, "2026-Q3", "2026-09-28"));
        JsonApi.Answer ours = branchClerk.post("/api/sympathisers/reviews", aReview("DUK-01-KN", "2025-Q1", "2025-03-20"));

        assertThat(theirs.status()).isEqualTo(403);
        assertThat(theirs.<String>read("$.rule")).isEqualTo("unit-out-of-scope");
        assertThat(ours.status()).as(ours.body()).isIn(201, 422);
        assertThat(branchClerk.get("/api/sympathisers/reviews").<List<String>>read("$[*].branchCode"))
                .containsOnly("DUK-01-KN");
        assertThat(branchClerk.get(OCTOBER_5).<List<String>>read("$.overdueReviews[*].branchCode"))
                .containsOnly("DUK-01-KN");
    }

    @Test
    void theProvinceReceivesTheReviewAsCountsWithoutWhoReviewedOrWhatWasNoted() {
        clerk.post("/api/sympathisers/reviews", with(aReview(branch, "2026-Q3", "2026-09-28"), "notes",
                "Đề nghị đưa Trần Thị Hoa ra khỏi danh sách"));

        SympathiserListReviewed published = await().atMost(Duration.ofSeconds(60))
                .until(() -> recordsOf("DUK-01").stream()
                        .map(PublishedEvents::decode).filter(SympathiserListReviewed.class::isInstance)
                        .map(SympathiserListReviewed.class::cast)
                        .filter(review -> review.getBranchCode().equals(branch)).findFirst().orElse(null),
                        java.util.Objects::nonNull);

        assertThat(published.getYear()).isEqualTo(2026);
        assertThat(published.getQuarter()).isEqualTo(3);
        assertThat(published.getReviewedOn()).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(published.getOnList()).isZero();
        assertThat(published.toString()).doesNotContain("Trần Thị Hoa", "Chi ủy");
    }

    private String newBranch() {
        String code = "DUK-01-R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        JsonApi.Answer registered = secretary.post("/api/units", with(aUnit(code, "DUK-01"), "effectiveFrom", "2026-07-01"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return code;
    }

    private static Map<String, Object> aReview(String branch, String quarter, String reviewedOn) {
        return body("branchCode", branch, "quarter", quarter, "reviewedOn", reviewedOn, "reviewedBy", "Chi ủy chi bộ",
                "notes", "Giữ nguyên danh sách");
    }
}
