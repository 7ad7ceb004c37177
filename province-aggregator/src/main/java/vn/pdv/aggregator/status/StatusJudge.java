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
}
