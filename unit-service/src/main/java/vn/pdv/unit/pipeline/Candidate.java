package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import java.util.Map;
import vn.pdv.unit.Outcome;
import vn.pdv.unit.Refusal;
import vn.pdv.unit.organisation.UnitCode;

/**
 * A person on their way into the Party, as the committee's log has recorded them so far.
 * Steps are decided here and return the event they produce, or the rule they would break.
 */
public record Candidate(CandidateId id, UnitCode branch, ReportingAttributes attributes, Stage stage,
                        LocalDate identifiedOn, LocalDate admittedOn) {

    public static Candidate from(SourceCreated source) {
        return new Candidate(source.candidate(), source.branch(), source.attributes(), Stage.SOURCE,
                source.identifiedOn(), null);
    }

    public Candidate apply(CandidateAdmitted admitted) {
        return new Candidate(id, branch, attributes, Stage.PROBATIONARY_MEMBER, identifiedOn,
                admitted.decision().admittedOn());
    }

    public Outcome<CandidateAdmitted> admit(AdmissionDecision decision) {
        if (stage != Stage.SOURCE) {
            return Outcome.refused(Refusal.of("ALREADY_ADMITTED", "candidateId",
                    "Người này đã được kết nạp ngày " + admittedOn + ".",
                    "This person was already admitted on " + admittedOn + ".",
                    Map.of("admittedOn", admittedOn)));
        }
        if (decision.admittedOn().isBefore(decision.decidedOn())) {
            return Outcome.refused(Refusal.of("CEREMONY_BEFORE_DECISION", "admittedOn",
                    "Ngày kết nạp (" + decision.admittedOn() + ") không thể trước ngày quyết định ("
                            + decision.decidedOn() + "); sửa lại một trong hai ngày.",
                    "The admission ceremony (" + decision.admittedOn() + ") cannot precede the decision ("
                            + decision.decidedOn() + "); correct one of the two dates.",
                    Map.of("admittedOn", decision.admittedOn(), "decidedOn", decision.decidedOn())));
        }
        if (decision.decidedOn().isBefore(identifiedOn)) {
            return Outcome.refused(Refusal.of("DECISION_BEFORE_SOURCE", "decidedOn",
                    "Ngày quyết định (" + decision.decidedOn() + ") trước ngày người này được xác định là nguồn ("
                            + identifiedOn + ").",
                    "The decision (" + decision.decidedOn() + ") precedes the day this person became a source ("
                            + identifiedOn + ").",
                    Map.of("decidedOn", decision.decidedOn(), "identifiedOn", identifiedOn)));
        }
        return Outcome.accepted(new CandidateAdmitted(id, branch, decision, attributes));
    }
}
