package vn.pdv.unit.alert;

/**
 * Why an alert was raised: by the aggregator ({@link #STATUS_CHANGED}, {@link #DIGEST}; {@link #OTHER} stands for a
 * kind newer than this service), or by this service itself about its own duties ({@link #REVIEW_OVERDUE}).
 */
public enum AlertKind {
    STATUS_CHANGED, DIGEST, OTHER,
    /** A branch has not reviewed its sympathiser list for a quarter that has ended (raised here, not by the province). */
    REVIEW_OVERDUE
}
