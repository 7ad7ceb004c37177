package vn.pdv.unit.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.rules.DueItem;
import vn.pdv.unit.pipeline.rules.Facts;

/**
 * The quarterly review's rules. A branch reviews its list once per quarter; the review is due by the quarter's last
 * day and overdue from the day after, for every quarter since the branch was registered, looking back
 * {@code lookBackQuarters} ended quarters at most (so a branch registered years ago is not buried under quarters
 * nobody will now review; a review may still be recorded late for any of them).
 *
 * <p>Limit: "today" is passed in; this class never reads a clock. A branch registered in a quarter's last days owes
 * that quarter's review too.
 */
public final class ReviewRules {

    private final int lookBackQuarters;

    /** @param lookBackQuarters how many ended quarters the due list looks back; 0 lists the current quarter only */
    public ReviewRules(int lookBackQuarters) {
        if (lookBackQuarters < 0) {
            throw new IllegalArgumentException("lookBackQuarters cannot be negative");
        }
        this.lookBackQuarters = lookBackQuarters;
    }

    /**
     * A review recorded for {@code quarter}: refused when it is dated before the quarter began (the quarter then has not
     * begun either, or the wrong quarter was chosen) or when the quarter already has one.
     */
    public Outcome<SympathiserListReviewed> review(UnitCode branch, Quarter quarter, LocalDate reviewedOn,
                                                   String reviewedBy, String notes, int onList,
                                                   Optional<SympathiserListReviewed> already) {
        List<RuleViolation> broken = new ArrayList<>();
        if (reviewedOn.isBefore(quarter.firstDay())) {
            broken.add(RuleViolation.of(RuleCode.REVIEW_OUT_OF_QUARTER, "reviewedOn",
                    RuleViolation.values("quarter", quarter, "reviewedOn", reviewedOn, "quarterBegins", quarter.firstDay()),
                    Bilingual.of("Ngày rà soát " + Facts.vi(reviewedOn) + " ở trước khi " + quarter.vi() + " bắt đầu ("
                                    + Facts.vi(quarter.firstDay()) + ").",
                            "The review date " + reviewedOn + " is before " + quarter.en() + " began ("
                                    + quarter.firstDay() + ")."),
                    Bilingual.of("Chọn đúng quý đã rà soát, hoặc sửa ngày rà soát thành từ " + Facts.vi(quarter.firstDay())
                                    + " trở đi.",
                            "Choose the quarter that was reviewed, or a review date on or after " + quarter.firstDay()
                                    + ".")));
        }
        already.ifPresent(earlier -> broken.add(RuleViolation.of(RuleCode.REVIEW_ALREADY_RECORDED, "quarter",
                RuleViolation.values("branchCode", branch, "quarter", quarter, "reviewedOn", earlier.reviewedOn()),
                Bilingual.of("Chi bộ " + branch + " đã có kết quả rà soát danh sách cảm tình đảng " + quarter.vi()
                                + " (ngày " + Facts.vi(earlier.reviewedOn()) + ").",
                        "Branch " + branch + " already has a review of its sympathiser list for " + quarter.en()
                                + " (on " + earlier.reviewedOn() + ")."),
                Bilingual.of("Mỗi quý ghi một lần; nếu rà soát thêm, ghi vào quý sau.",
                        "One review per quarter; record a further review under the next quarter."))));
        if (!broken.isEmpty()) {
            return Outcome.refused(broken);
        }
        return Outcome.accepted(new SympathiserListReviewed(branch, quarter, reviewedOn, reviewedBy, notes, onList));
    }

    /**
     * The reviews owed on {@code today} by {@code branches}: overdue ones and one falling due by the coming Sunday,
     * earliest first; a quarter with a review in {@code reviewed} owes nothing.
     */
    public List<DueReview> dueOn(Collection<Unit> branches, Set<BranchQuarter> reviewed, LocalDate today) {
        Quarter current = Quarter.of(today);
        Quarter earliest = current;
        for (int i = 0; i < lookBackQuarters; i++) {
            earliest = earliest.previous();
        }
        List<DueReview> due = new ArrayList<>();
        for (Unit branch : branches) {
            Quarter first = Quarter.of(branch.effectiveFrom());
            for (Quarter quarter = first.compareTo(earliest) > 0 ? first : earliest; quarter.compareTo(current) <= 0;
                 quarter = quarter.next()) {
                if (reviewed.contains(new BranchQuarter(branch.code(), quarter))) {
                    continue;
                }
                DueItem.Urgency urgency = DueItem.urgencyOf(quarter.lastDay(), today);
                if (urgency != DueItem.Urgency.LATER) {
                    due.add(new DueReview(branch.code(), quarter, quarter.lastDay(), urgency));
                }
            }
        }
        due.sort(Comparator.comparing(DueReview::dueBy).thenComparing(review -> review.branch().value()));
        return due;
    }

    /** Which units keep a sympathiser list of their own: the branches, not the committees above them. */
    public static boolean keepsAList(Unit unit) {
        return switch (unit.kind()) {
            case GRASSROOTS_BRANCH, SUBORDINATE_BRANCH -> true;
            default -> false;
        };
    }

    /** A branch's review of one quarter, as a key. */
    public record BranchQuarter(UnitCode branch, Quarter quarter) {
    }

    /**
     * A quarter's review a branch owes.
     *
     * @param dueBy the quarter's last day
     */
    public record DueReview(UnitCode branch, Quarter quarter, LocalDate dueBy, DueItem.Urgency urgency) {

        public boolean overdue() {
            return urgency == DueItem.Urgency.OVERDUE;
        }

        public Bilingual description() {
            return Bilingual.of("Chi bộ rà soát danh sách cảm tình đảng " + quarter.vi() + " (hạn " + Facts.vi(dueBy) + ")",
                    "Branch to review its sympathiser list for " + quarter.en() + " (by " + dueBy + ")");
        }
    }
}
