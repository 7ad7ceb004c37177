package vn.pdv.aggregator.fulfilment;

/** Where a candidate stands in the pipeline, as the unit services' events move them; the stock counts these. */
public enum Stage {
    SOURCE, SYMPATHISER, CERTIFIED, VERIFIED, INTRODUCED, BRANCH_VOTED, PROPOSED, ADMISSION_DECIDED,
    PROBATIONARY_MEMBER, NEW_MEMBER_CLASS_COMPLETED, RECOGNITION_VOTED, OFFICIAL_MEMBER, EXITED
}
