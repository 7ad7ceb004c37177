package vn.pdv.unit.review.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.Units;
import vn.pdv.unit.outbox.UnitEvent;
import vn.pdv.unit.outbox.application.Recorder;
import vn.pdv.unit.pipeline.Candidate;
import vn.pdv.unit.pipeline.Candidates;
import vn.pdv.unit.review.ListReviews;
import vn.pdv.unit.review.Quarter;
import vn.pdv.unit.review.ReviewRules;
import vn.pdv.unit.review.SympathiserListReviewed;

/**
 * Records a branch's quarterly review of its sympathiser list through the committee's log (so it reaches the province
 * as counts, like every step) and lists the reviews owed. The list's length is counted here, from the candidates, at
 * the moment of recording: the branch types who reviewed and what it concluded, never the figures.
 */
@Service
@EnableConfigurationProperties(ReviewProperties.class)
public class ListReviewing {

    private final Recorder recorder;
    private final ListReviews reviews;
    private final Units units;
    private final Candidates candidates;
    private final ReviewRules rules;
    private final Clock clock;

    ListReviewing(Recorder recorder, ListReviews reviews, Units units, Candidates candidates,
                  ReviewProperties properties, Clock clock) {
        this.recorder = recorder;
        this.reviews = reviews;
        this.units = units;
        this.candidates = candidates;
        this.rules = new ReviewRules(properties.lookBackQuarters());
        this.clock = clock;
    }

    public Outcome<SympathiserListReviewed> record(ActorId by, UnitCode branch, Quarter quarter, LocalDate reviewedOn,
                                                   String reviewedBy, String notes) {
        if (units.find(branch).filter(ReviewRules::keepsAList).isEmpty()) {
            return Outcome.refused(RuleViolation.of(RuleCode.BRANCH_UNKNOWN, "branchCode",
                    RuleViolation.values("branchCode", branch),
                    Bilingual.of("Chi bộ " + branch + " chưa được đăng ký ở đảng ủy này.",
                            "Branch " + branch + " is not registered with this committee."),
                    Bilingual.of("Chọn một chi bộ của đảng ủy, hoặc đăng ký chi bộ trước.",
                            "Choose one of the committee's branches, or have it registered first.")));
        }
        return recorder.record("sympathiser-list-review:" + branch.value(), by,
                () -> rules.review(branch, quarter, reviewedOn, reviewedBy, notes, onList(branch),
                        reviews.find(branch, quarter)),
                UnitEvent.ReviewChange::new, reviews::save);
    }

    /** Recorded reviews of the branches in {@code reach}, latest quarter first. */
    public List<SympathiserListReviewed> recorded(Reach reach) {
        return reviews.inReach(reach);
    }

    /** The reviews overdue or falling due this week on {@code today}, of the branches in {@code reach}. */
    public List<ReviewRules.DueReview> dueOn(LocalDate today, Reach reach) {
        List<Unit> branches = units.all().stream().filter(ReviewRules::keepsAList)
                .filter(unit -> reach.covers(unit.code())).toList();
        Set<ReviewRules.BranchQuarter> reviewed = reviews.inReach(reach).stream()
                .map(review -> new ReviewRules.BranchQuarter(review.branch(), review.quarter()))
                .collect(Collectors.toSet());
        return rules.dueOn(branches, reviewed, today);
    }

    /** The quarter a review recorded today would most likely be for. */
    public Quarter currentQuarter() {
        return Quarter.of(LocalDate.now(clock));
    }

    private int onList(UnitCode branch) {
        return (int) candidates.active(Reach.branch(branch)).stream()
                .map(Candidate::stage).filter(stage -> stage.onSympathiserList()).count();
    }
}
