package vn.pdv.aggregator.intake.kafka;

import vn.pdv.aggregator.keys.Refusal;

/** A readable record the aggregator will not apply (its signature, its key, its authority): to the dead letters. */
class RefusedRecordException extends RuntimeException {

    private final transient Refusal refusal;

    RefusedRecordException(Refusal refusal) {
        super(refusal.line());
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }
}
