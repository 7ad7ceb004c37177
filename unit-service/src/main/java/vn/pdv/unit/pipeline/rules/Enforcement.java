package vn.pdv.unit.pipeline.rules;

/** What a broken rule does to the step: refuses it, or lets it be recorded with a finding attached. */
public enum Enforcement {
    /** The step is not recorded; the caller is told the rule and how to put it right. */
    REFUSE,
    /** The step is recorded as it happened, with the breach kept on it as a finding. */
    RECORD_WITH_FINDING
}
