package vn.pdv.unit.review.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.common.security.Caller;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.review.Quarter;
import vn.pdv.unit.review.SympathiserListReviewed;
import vn.pdv.unit.review.application.ListReviewing;
import vn.pdv.unit.web.CommitteeAccess;
import vn.pdv.unit.web.Refusals;

/**
 * The quarterly review of a branch's sympathiser list: {@code POST /api/sympathisers/reviews} records one (201 with the
 * review as kept, the list's length counted by the service; 422 naming the rule), {@code GET} lists those of the
 * caller's reach, latest quarter first. Recording is for the same accounts as a candidate's steps: a clerk or secretary
 * of the committee, or a branch's clerk for its own branch. Overdue reviews are on {@code /api/deadlines}.
 */
@RestController
@RequestMapping("/api/sympathisers/reviews")
class ReviewController {

    private final ListReviewing reviewing;
    private final CommitteeAccess access;

    ReviewController(ListReviewing reviewing, CommitteeAccess access) {
        this.reviewing = reviewing;
        this.access = access;
    }

    @PostMapping
    @PreAuthorize("@committeeAccess.toRecordFor(#caller, #request.branchCode())")
    ResponseEntity<?> record(Caller caller, @Valid @RequestBody RecordReview request) {
        return switch (reviewing.record(new ActorId(caller.subject()), new UnitCode(request.branchCode()),
                Quarter.parse(request.quarter()), request.reviewedOn(), request.reviewedBy(), request.notes())) {
            case Outcome.Accepted<SympathiserListReviewed>(SympathiserListReviewed review) ->
                    ResponseEntity.status(HttpStatus.CREATED).body(ReviewView.of(review));
            case Outcome.Refused<SympathiserListReviewed> refused -> Refusals.refused(refused.violations());
        };
    }

    @GetMapping
    @PreAuthorize("@committeeAccess.toRead(#caller)")
    List<ReviewView> recorded(Caller caller) {
        return reviewing.recorded(access.reachOf(caller)).stream().map(ReviewView::of).toList();
    }

    /**
     * @param quarter    written {@code 2026-Q3}
     * @param reviewedBy who reviewed, as the minutes say (e.g. "Chi ủy chi bộ")
     * @param notes      the outcome; stays in this service
     */
    record RecordReview(@NotBlank @Pattern(regexp = UnitCode.PATTERN) String branchCode,
                        @NotBlank @Pattern(regexp = "\\d{4}-Q[1-4]") String quarter,
                        @NotNull @PastOrPresent LocalDate reviewedOn,
                        @NotBlank @Size(max = 200) String reviewedBy,
                        @Size(max = 2000) String notes) {
    }

    record ReviewView(String branchCode, String quarter, LocalDate reviewedOn, String reviewedBy, String notes,
                      int onList) {

        static ReviewView of(SympathiserListReviewed review) {
            return new ReviewView(review.branch().value(), review.quarter().toString(), review.reviewedOn(),
                    review.reviewedBy(), review.notes(), review.onList());
        }
    }
}
