package vn.pdv.unit.alert;

/** Why the aggregator raised an alert; {@link #OTHER} stands for a kind newer than this service. */
public enum AlertKind {
    STATUS_CHANGED, DIGEST, OTHER
}
