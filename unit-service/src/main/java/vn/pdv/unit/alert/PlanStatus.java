package vn.pdv.unit.alert;

/** Where a unit stands against its plan for the period, as the aggregator judged it. */
public enum PlanStatus {
    MET, ON_TRACK, AT_RISK, LAGGING, UNKNOWN
}
