package vn.pdv.unit.pipeline.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

/**
 * Which broken rules refuse a step and which let it be recorded with a finding, per committee. The defaults follow
 * the line between protecting the Party's standard before the fact and recording what happened: age, schooling, the
 * introductions, a valid awareness certificate, the branch's vote and the probation served refuse (a step that
 * breaks them must not stand); the deadlines and a stale dossier are paperwork and time, and a step taken late is a
 * fact to record and count, with the delay shown ({@link #DEADLINES_AND_PAPERWORK}); so is a recognition vote before
 * the new-member class, which seed 004 allows for special objective reasons, given with the step; and so is a
 * dossier that does not record the schooling the rule needs.
 *
 * <p>Only the rules of the Party's texts are configurable ({@link #CONFIGURABLE}); a check that protects the record
 * itself (steps out of order, inconsistent vote counts, a decision that is not the one recorded, approvals missing)
 * always refuses, since recording it would record something that cannot be true.
 */
public final class RuleEnforcement {

    /** Rules recorded with a finding unless the committee says otherwise. */
    public static final Set<RuleCode> DEADLINES_AND_PAPERWORK = Collections.unmodifiableSet(EnumSet.of(
            RuleCode.DECISION_DEADLINE, RuleCode.CEREMONY_DEADLINE, RuleCode.RECOGNITION_CONSIDERATION_DEADLINE,
            RuleCode.RECOGNITION_DECISION_DEADLINE, RuleCode.STALE_DOSSIER, RuleCode.NEW_MEMBER_CLASS_NOT_ATTENDED,
            RuleCode.SCHOOLING_NOT_RECORDED));

    /** Rules a committee may set either way. */
    public static final Set<RuleCode> CONFIGURABLE = Collections.unmodifiableSet(EnumSet.of(
            RuleCode.AGE_RANGE, RuleCode.SCHOOLING_BELOW_MINIMUM, RuleCode.SCHOOLING_NOT_RECORDED,
            RuleCode.CERTIFICATE_MISSING, RuleCode.CERTIFICATE_EXPIRED, RuleCode.SYMPATHISER_PERIOD,
            RuleCode.INTRODUCER_NOT_OFFICIAL, RuleCode.INTRODUCER_ACQUAINTANCE, RuleCode.INTRODUCTION_ROUTE,
            RuleCode.YOUTH_UNION_MEMBERSHIP, RuleCode.VOTE_THRESHOLD, RuleCode.PROBATION_NOT_COMPLETED,
            RuleCode.DECISION_DEADLINE, RuleCode.CEREMONY_DEADLINE, RuleCode.RECOGNITION_CONSIDERATION_DEADLINE,
            RuleCode.RECOGNITION_DECISION_DEADLINE, RuleCode.STALE_DOSSIER, RuleCode.NEW_MEMBER_CLASS_NOT_ATTENDED));

    private final Map<RuleCode, Enforcement> enforcement;

    private RuleEnforcement(Map<RuleCode, Enforcement> enforcement) {
        this.enforcement = enforcement;
    }

    /** The defaults: deadlines and paperwork recorded with a finding, everything else refused. */
    public static RuleEnforcement defaults() {
        return of(Map.of());
    }

    /**
     * The defaults with the committee's own choices on top.
     *
     * @throws IllegalArgumentException for a rule that is not {@link #CONFIGURABLE}, so a mistyped or unsafe setting
     *                                  stops the service at start-up rather than being ignored
     */
    public static RuleEnforcement of(Map<RuleCode, Enforcement> overrides) {
        Map<RuleCode, Enforcement> enforcement = new EnumMap<>(RuleCode.class);
        CONFIGURABLE.forEach(code -> enforcement.put(code,
                DEADLINES_AND_PAPERWORK.contains(code) ? Enforcement.RECORD_WITH_FINDING : Enforcement.REFUSE));
        overrides.forEach((code, choice) -> {
            if (!CONFIGURABLE.contains(code)) {
                throw new IllegalArgumentException("Rule " + code + " always refuses; configurable are " + CONFIGURABLE);
            }
            enforcement.put(code, choice);
        });
        return new RuleEnforcement(enforcement);
    }

    public Enforcement of(RuleCode code) {
        return enforcement.getOrDefault(code, Enforcement.REFUSE);
    }

    /** The violations split into those that refuse the step and those it is recorded with. */
    public Judgement judge(List<RuleViolation> violations) {
        List<RuleViolation> refusals = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (RuleViolation violation : violations) {
            if (of(violation.code()) == Enforcement.RECORD_WITH_FINDING) {
                findings.add(Finding.of(violation));
            } else {
                refusals.add(violation);
            }
        }
        return new Judgement(List.copyOf(refusals), List.copyOf(findings));
    }

    /** @param refusals empty when the step may be recorded, with {@code findings} attached */
    public record Judgement(List<RuleViolation> refusals, List<Finding> findings) {
    }
}
