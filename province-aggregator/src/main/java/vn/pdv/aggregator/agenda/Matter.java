package vn.pdv.aggregator.agenda;

import vn.pdv.aggregator.fulfilment.Stage;

/** What a committee is asked to decide, and the stage at which a candidate waits for it. */
public enum Matter {
    /** Admission (DOMAIN.md rule 7): proposed by the branch, waiting for the committee's decision. */
    ADMISSION(Stage.PROPOSED),
    /** Official recognition (rule 10): voted by the branch, waiting for the committee's decision. */
    RECOGNITION(Stage.RECOGNITION_VOTED);

    private final Stage waitingAt;

    Matter(Stage waitingAt) {
        this.waitingAt = waitingAt;
    }

    /** The stage a candidate stands at while the committee has this matter before it. */
    public Stage waitingAt() {
        return waitingAt;
    }
}
