package vn.pdv.aggregator.alert;

public enum AlertKind {
    /** A unit's status for a metric and period changed. */
    STATUS_CHANGED,
    /** The periodic summary for one committee of the units beneath it that are at risk or lagging. */
    DIGEST,
    /** A record of a committee's log was not applied (unsigned, forged, outside the committee's authority). */
    EVENT_REFUSED
}
