package vn.pdv.aggregator.fulfilment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a candidate stands in the pipeline, as the unit services' events move them; the stock counts these. */
public enum Stage {
    SOURCE, SYMPATHISER, CERTIFIED, VERIFIED, INTRODUCED, BRANCH_VOTED, PROPOSED, ADMISSION_DECIDED,
    PROBATIONARY_MEMBER, NEW_MEMBER_CLASS_COMPLETED, RECOGNITION_VOTED, OFFICIAL_MEMBER, EXITED;

    /**
     * Candidates not yet admitted, from source to admission decided: who could still fill a quota. A unit with none
     * has "no sources" (seed 001: such units should get no quota), and a thin one puts a quota at risk.
     */
    public static final Set<Stage> BEFORE_ADMISSION =
            Collections.unmodifiableSet(EnumSet.range(SOURCE, ADMISSION_DECIDED));
}
