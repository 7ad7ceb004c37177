package vn.pdv.unit.decision;

/**
 * Stable names of the rules a step can break or a check can flag, in every capability. These names are part of the
 * API (problem-details bodies, stored refusals): add new ones, never rename.
 */
public enum RuleCode {
    /** Younger than the minimum age at the branch's consideration. */
    AGE_RANGE,
    /** Older than the maximum age: admissible only with the provincial committee's approval. */
    AGE_OVER_LIMIT,
    /** No awareness-class certificate, or one issued after the date it is checked on. */
    CERTIFICATE_MISSING,
    CERTIFICATE_EXPIRED,
    /** The candidate has not been on the sympathiser list long enough for background verification (local rule). */
    SYMPATHISER_PERIOD,
    INTRODUCER_NOT_OFFICIAL,
    INTRODUCER_ACQUAINTANCE,
    /** General education completed below the minimum for where the candidate lives (DOMAIN.md rule 11). */
    SCHOOLING_BELOW_MINIMUM,
    /** The dossier does not record the general education completed, so rule 11 cannot be checked. */
    SCHOOLING_NOT_RECORDED,
    /** Both introductions come from the same member. */
    INTRODUCERS_NOT_DISTINCT,
    /** The introduction route does not fit the candidate (e.g. a youth-age youth-union member introduced by two members). */
    INTRODUCTION_ROUTE,
    /** A candidate of youth age who is not a youth-union member. */
    YOUTH_UNION_MEMBERSHIP,
    /** Counts that cannot be true: more votes than members present, more present than members, and so on. */
    VOTE_COUNTS_INCONSISTENT,
    VOTE_THRESHOLD,
    /** A step dated before the step it follows. */
    STEP_OUT_OF_ORDER,
    DECISION_DEADLINE,
    CEREMONY_DEADLINE,
    /** The branch considered recognition before the probation period ended. */
    PROBATION_NOT_COMPLETED,
    /**
     * The branch considered recognition of a probationary member who has not attended the new-member class: seed 004
     * allows it "in specific cases, for special objective reasons", recorded with the reason.
     */
    NEW_MEMBER_CLASS_NOT_ATTENDED,
    RECOGNITION_CONSIDERATION_DEADLINE,
    RECOGNITION_DECISION_DEADLINE,
    STALE_DOSSIER,
    /** The step needs an earlier step the candidate has not reached, or comes after the candidate left or moved on. */
    STEP_NOT_ALLOWED,
    /** The admission ceremony names a decision other than the one recorded. */
    DECISION_MISMATCH,
    /** The branch is not registered with this committee. */
    BRANCH_UNKNOWN,
    /** The parent of a unit being registered is not registered with this committee. */
    PARENT_UNKNOWN,
    /** Registering the unit under that parent would make the hierarchy a cycle. */
    PARENT_CYCLE,
    /** A quota's target unit is not registered with this committee. */
    TARGET_UNKNOWN,
    /** A part of a quota's breakdown is larger than the whole quota. */
    BREAKDOWN_EXCEEDS_TOTAL,
    /** The branch's sympathiser list already has a review recorded for that quarter. */
    REVIEW_ALREADY_RECORDED,
    /** A review dated before its quarter began, or of a quarter that has not begun. */
    REVIEW_OUT_OF_QUARTER,
    /** A candidate enrolled in a class that is not for their stage (the awareness class for sympathisers, …). */
    CLASS_ENROLMENT_STAGE,
    /** The class has been held; its list is closed. */
    CLASS_ALREADY_HELD,
    /** An attendee of a class who is not on its enrolment list. */
    CLASS_ATTENDEE_NOT_ENROLLED,
    /** A step other than the candidate's latest recorded one was to be voided. */
    STEP_NOT_LATEST,
    /** A correction that does not fit the step: a voided step, nothing to change, a number the step does not carry. */
    CORRECTION_NOT_APPLICABLE,
    /** A candidate transferred in under an id this committee already has on its books. */
    CANDIDATE_ALREADY_RECORDED,
    /** A transfer in without a date the stage it names implies (the certificate's day for a certified candidate, …). */
    TRANSFER_DATE_MISSING
}
