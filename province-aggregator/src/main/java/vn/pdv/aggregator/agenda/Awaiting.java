package vn.pdv.aggregator.agenda;

import java.time.LocalDate;
import java.util.Objects;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * A candidate whose branch has put a matter before the deciding committee, which has not decided it yet.
 *
 * @param reachedOn the day it reached the committee: the branch's proposal for an admission, the branch's vote for a
 *                  recognition (there is no separate proposal step for it)
 * @param runsFrom  the day the deadline runs from: the branch's resolution (its vote), as the unit service's
 *                  {@code DeadlineRules} counts it; the proposal's day when the vote's is not known
 */
public record Awaiting(String candidateId, UnitCode branch, Matter matter, LocalDate reachedOn, LocalDate runsFrom) {

    public Awaiting {
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(reachedOn, "reachedOn");
        Objects.requireNonNull(runsFrom, "runsFrom");
    }
}
