package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import java.util.List;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.organisation.UnitCode;

/**
 * A step in one candidate's pipeline. Carries the pseudonymous candidate id, the branch, dates, counts and decision
 * numbers; never a name, date of birth, ID-card number, address or phone.
 */
public sealed interface CandidateEvent
        permits SourceCreated, SympathiserAdded, SympathiserRemoved, AwarenessCertificateIssued, BackgroundVerified,
        CandidateIntroduced, AdmissionVoted, AdmissionProposed, AdmissionDecided, CandidateAdmitted,
        NewMemberClassCompleted, RecognitionVoted, CandidateRecognised, CandidateExited, CandidateAttributesUpdated,
        CandidateTransferredIn {

    CandidateId candidate();

    /** The day the step happened (a decision, a ceremony), as opposed to when it was recorded. */
    LocalDate occurredOn();

    UnitCode branch();

    /** The rules the step broke that the committee records rather than refuses; none for most steps. */
    default List<Finding> findings() {
        return List.of();
    }
}
