package vn.pdv.unit.alert;

/** What the inbox did with an alert it was handed. */
public enum Receipt {
    /** Addressed to this committee or one of its units, and new: kept. */
    KEPT,
    /** Already kept (a redelivery): nothing changed. */
    ALREADY_KEPT,
    /** Addressed only to units this committee does not manage: ignored. */
    NOT_OURS
}
