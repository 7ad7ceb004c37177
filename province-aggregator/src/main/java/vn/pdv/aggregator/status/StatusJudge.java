package vn.pdv.aggregator.status;

import java.time.LocalDate;
import java.util.List;

/** Judges units against their quotas: met, on track, at risk or lagging. What alerts watch for changes. */
public interface StatusJudge {

    /**
     * Every unit that holds a quota for a judged metric in a period containing {@code asOf}, each on the period its
     * status is judged on.
     */
    List<UnitStatus> judgeAll(LocalDate asOf);

    /**
     * Every plan's own target in force for the year of {@code asOf} (a count of classes, a share of membership or of
     * admissions), each judged on the year so far as a status: not met LAGGING; met or exceeded ON_TRACK while the
     * year runs and MET once it is over; UNKNOWN when it cannot be judged yet (no membership count, nothing admitted).
     */
    List<UnitStatus> judgeTargets(LocalDate asOf);
}
