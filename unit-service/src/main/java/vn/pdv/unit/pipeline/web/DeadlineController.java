package vn.pdv.unit.pipeline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.common.security.Caller;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.pipeline.Stage;
import vn.pdv.unit.pipeline.application.Pipeline;
import vn.pdv.unit.pipeline.rules.DueItem;
import vn.pdv.unit.review.ReviewRules;
import vn.pdv.unit.review.application.ListReviewing;
import vn.pdv.unit.web.CommitteeAccess;

/**
 * The committee's deadline list: per candidate, what is overdue and what falls due by the coming Sunday, counted in
 * working days on the Vietnamese holiday calendar; the steps recorded late (with a finding) in the past year; and per
 * branch, the quarterly reviews of its sympathiser list that are overdue or fall due by Sunday ({@code overdueReviews},
 * {@code reviewsDueThisWeek}). {@code today} defaults to the committee's day on the service's clock.
 */
@RestController
@RequestMapping("/api/deadlines")
class DeadlineController {

    private final Pipeline pipeline;
    private final ListReviewing reviewing;
    private final CommitteeAccess access;
    private final Clock clock;

    DeadlineController(Pipeline pipeline, ListReviewing reviewing, CommitteeAccess access, Clock clock) {
        this.pipeline = pipeline;
        this.reviewing = reviewing;
        this.access = access;
        this.clock = clock;
    }

    /** A branch's account sees its branch's candidates only: the list is asked for with the caller's reach. */
    @GetMapping
    @PreAuthorize("@committeeAccess.toRead(#caller)")
    DeadlineList due(Caller caller,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate today) {
        LocalDate day = today == null ? LocalDate.now(clock) : today;
        Pipeline.DueList due = pipeline.dueOn(day, access.reachOf(caller));
        List<ReviewRules.DueReview> reviews = reviewing.dueOn(day, access.reachOf(caller));
        return new DeadlineList(due.today(), due.overdue().stream().map(DueView::of).toList(),
                due.dueThisWeek().stream().map(DueView::of).toList(),
                due.recordedLate().stream().map(LateView::of).toList(),
                reviews.stream().filter(ReviewRules.DueReview::overdue).map(ReviewDueView::of).toList(),
                reviews.stream().filter(review -> !review.overdue()).map(ReviewDueView::of).toList());
    }

    /** @param recordedLate steps recorded with a finding in the year before {@code today}, latest first */
    record DeadlineList(LocalDate today, List<DueView> overdue, List<DueView> dueThisWeek, List<LateView> recordedLate,
                        List<ReviewDueView> overdueReviews, List<ReviewDueView> reviewsDueThisWeek) {
    }

    /** @param workingDaysLate null for a rule that is not a deadline (a stale dossier) */
    record LateView(String candidateId, String branchCode, String step, LocalDate on, RuleCode rule,
                    Integer workingDaysLate, String description, String descriptionEn) {

        static LateView of(Pipeline.Late late) {
            return new LateView(late.candidate().id().value(), late.candidate().branch().value(),
                    late.step().getClass().getSimpleName(), late.step().occurredOn(), late.finding().code(),
                    late.finding().workingDaysLate(), late.finding().message().vi(), late.finding().message().en());
        }
    }

    /** A branch's quarterly review of its sympathiser list, owed; {@code quarter} written {@code 2026-Q3}. */
    record ReviewDueView(String branchCode, String quarter, LocalDate dueBy, String description,
                         String descriptionEn) {

        static ReviewDueView of(ReviewRules.DueReview due) {
            return new ReviewDueView(due.branch().value(), due.quarter().toString(), due.dueBy(),
                    due.description().vi(), due.description().en());
        }
    }

    record DueView(String candidateId, String branchCode, Stage stage, DueItem.Kind kind, LocalDate dueBy,
                   String description, String descriptionEn) {

        static DueView of(Pipeline.Due due) {
            return new DueView(due.candidate().id().value(), due.candidate().branch().value(), due.candidate().stage(),
                    due.item().kind(), due.item().dueBy(), due.item().description().vi(), due.item().description().en());
        }
    }
}
