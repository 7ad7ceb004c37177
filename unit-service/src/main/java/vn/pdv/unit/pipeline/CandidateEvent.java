package vn.pdv.unit.pipeline;

import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.outbox.UnitEvent;

/**
 * A step in one candidate's pipeline. Carries the pseudonymous candidate id, the branch, dates, counts and decision
 * numbers; never a name, date of birth, ID-card number, address or phone.
 */
public sealed interface CandidateEvent extends UnitEvent
        permits SourceCreated, SympathiserAdded, SympathiserRemoved, AwarenessCertificateIssued, BackgroundVerified,
        CandidateIntroduced, AdmissionVoted, AdmissionProposed, AdmissionDecided, CandidateAdmitted,
        NewMemberClassCompleted, RecognitionVoted, CandidateRecognised, CandidateExited {

    CandidateId candidate();

    UnitCode branch();
}
