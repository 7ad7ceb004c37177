package vn.pdv.unit.review;

import java.time.LocalDate;
import java.util.Objects;
import vn.pdv.unit.organisation.UnitCode;

/**
 * A branch reviewed its sympathiser list for a quarter: who was added or taken off is recorded on each candidate as
 * its own step; the review records that the branch looked, when, who did, what it concluded, and how long the list was
 * that day. {@code reviewedBy} and {@code notes} may name people, so they stay in the committee's log and never reach
 * an event; the published record carries the counts only.
 *
 * @param reviewedBy who reviewed, as the minutes say (the branch committee, its secretary)
 * @param notes      the outcome in the branch's words; may be empty
 * @param onList     how many candidates of the branch were on the sympathiser list when it was recorded
 */
public record SympathiserListReviewed(UnitCode branch, Quarter quarter, LocalDate reviewedOn, String reviewedBy,
                                      String notes, int onList) {

    public SympathiserListReviewed {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(reviewedOn, "reviewedOn");
        Objects.requireNonNull(reviewedBy, "reviewedBy");
        notes = notes == null ? "" : notes;
        if (onList < 0) {
            throw new IllegalArgumentException("onList cannot be negative");
        }
    }

    public LocalDate occurredOn() {
        return reviewedOn;
    }
}
