package vn.pdv.unit.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A rule a recorded step broke, kept on the step rather than refusing it: what happened is recorded (a decision
 * taken after its deadline still admitted the person, and must be counted), and the breach is there for the committee
 * and the inspection committee to see. Which rules refuse and which record a finding is the committee's setting
 * ({@code pdv.rules.enforcement.*}).
 *
 * <p>Values that are personal data ({@link #PERSONAL_VALUES}: a date of birth, and what would give it away: the
 * day someone comes of age, their age in months on a known day) are dropped here, so a finding can
 * travel with the published event as it is.
 *
 * @param workingDaysLate for a deadline rule, how many working days after the deadline the step happened; null for
 *                        any other rule
 */
public record Finding(RuleCode code, Map<String, String> values, Integer workingDaysLate, Bilingual message) {

    /** Names of rule values that identify a person and never leave the committee. */
    public static final Set<String> PERSONAL_VALUES = Set.of("dateOfBirth", "eligibleOn", "ageInMonths");

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Map<String, String> kept = new LinkedHashMap<>(values == null ? Map.of() : values);
        kept.keySet().removeAll(PERSONAL_VALUES);
        values = Collections.unmodifiableMap(kept);
    }

    /** The violation, recorded rather than refused; its {@code workingDaysLate} value, when it has one, says how late. */
    public static Finding of(RuleViolation violation) {
        String late = violation.values().get("workingDaysLate");
        return new Finding(violation.code(), violation.values(), late == null ? null : Integer.valueOf(late),
                violation.message());
    }

    /** Null (a step stored before findings existed) reads as none. */
    public static List<Finding> none(List<Finding> findings) {
        return findings == null ? List.of() : List.copyOf(findings);
    }
}
