package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.organisation.UnitCode;

/**
 * A candidate became a probationary member; counts in the year of {@code admittedOn}.
 *
 * @param attributes     as they stood on the day of the ceremony
 * @param ageAtAdmission whole years of age on the day of the ceremony, from the date of birth the committee keeps
 *                       (which never leaves it); null when the committee has no date of birth
 */
public record CandidateAdmitted(CandidateId candidate, UnitCode branch, AdmissionDecision decision,
                                ReportingAttributes attributes, List<Finding> findings, Integer ageAtAdmission)
        implements CandidateEvent {

    public CandidateAdmitted {
        findings = Finding.none(findings);
    }

    public CandidateAdmitted(CandidateId candidate, UnitCode branch, AdmissionDecision decision,
                             ReportingAttributes attributes, List<Finding> findings) {
        this(candidate, branch, decision, attributes, findings, null);
    }

    /** The step with no finding: it broke no rule the committee records rather than refuses. */
    public CandidateAdmitted(CandidateId candidate, UnitCode branch, AdmissionDecision decision,
                             ReportingAttributes attributes) {
        this(candidate, branch, decision, attributes, List.of(), null);
    }

    /** Whole years from {@code bornOn} to {@code on}: a birthday on the day counts; null without a date of birth. */
    public static Integer ageOn(LocalDate bornOn, LocalDate on) {
        return bornOn == null ? null : Period.between(bornOn, on).getYears();
    }

    @Override
    public LocalDate occurredOn() {
        return decision.admittedOn();
    }
}
