package vn.pdv.dataset.pipeline;

import java.time.LocalDate;
import vn.pdv.dataset.Fact;
import vn.pdv.dataset.organisation.UnitCode;

/** One step of a candidate, as the contract's record of the same name carries it. */
public sealed interface Step extends Fact {

    CandidateId candidate();

    UnitCode branch();

    /** The stage the step takes the candidate to. */
    Contract.Stage stage();

    record SourceCreated(CandidateId candidate, UnitCode branch, Contract.IntroducingOrganisation introducedBy,
                         LocalDate identifiedOn, Attributes attributes) implements Step {
        public LocalDate occurredOn() {
            return identifiedOn;
        }

        public Contract.Stage stage() {
            return Contract.Stage.SOURCE;
        }
    }

    record SympathiserAdded(CandidateId candidate, UnitCode branch, LocalDate addedOn, String resolutionNumber,
                            Attributes attributes) implements Step {
        public LocalDate occurredOn() {
            return addedOn;
        }

        public Contract.Stage stage() {
            return Contract.Stage.SYMPATHISER;
        }
    }

    record SympathiserRemoved(CandidateId candidate, UnitCode branch, LocalDate removedOn, String resolutionNumber,
                              Attributes attributes) implements Step {
        public LocalDate occurredOn() {
            return removedOn;
        }

        public Contract.Stage stage() {
            return Contract.Stage.EXITED;
        }
    }

    record AwarenessCertificateIssued(CandidateId candidate, UnitCode branch, String certificateNumber,
                                      LocalDate issuedOn, Attributes attributes) implements Step {
        public LocalDate occurredOn() {
            return issuedOn;
        }

        public Contract.Stage stage() {
            return Contract.Stage.CERTIFIED;
        }
    }

    record BackgroundVerified(CandidateId candidate, UnitCode branch, LocalDate startedOn, LocalDate concludedOn)
            implements Step {
        public LocalDate occurredOn() {
            return concludedOn;
        }

        public Contract.Stage stage() {
            return Contract.Stage.VERIFIED;
        }
    }

    record CandidateIntroduced(CandidateId candidate, UnitCode branch, Contract.IntroductionRoute route,
                               LocalDate introducedOn) implements Step {
        public LocalDate occurredOn() {
            return introducedOn;
        }

        public Contract.Stage stage() {
            return Contract.Stage.INTRODUCED;
        }
    }

    record AdmissionVoted(CandidateId candidate, UnitCode branch, LocalDate votedOn, Vote vote) implements Step {
        public LocalDate occurredOn() {
            return votedOn;
        }

        public Contract.Stage stage() {
            return Contract.Stage.BRANCH_VOTED;
        }
    }

    record AdmissionProposed(CandidateId candidate, UnitCode branch, UnitCode proposedTo, LocalDate proposedOn)
            implements Step {
        public LocalDate occurredOn() {
            return proposedOn;
        }

        public Contract.Stage stage() {
            return Contract.Stage.PROPOSED;
        }
    }

    record AdmissionDecided(CandidateId candidate, UnitCode branch, Decision decision) implements Step {
        public LocalDate occurredOn() {
            return decision.decidedOn();
        }

        public Contract.Stage stage() {
            return Contract.Stage.ADMISSION_DECIDED;
        }
    }

    /** The ceremony: a probationary member; what admissions count, on {@code admittedOn}. */
    record CandidateAdmitted(CandidateId candidate, UnitCode branch, Decision decision, LocalDate admittedOn,
                             boolean readmission, Attributes attributes) implements Step {
        public LocalDate occurredOn() {
            return admittedOn;
        }

        public Contract.Stage stage() {
            return Contract.Stage.PROBATIONARY_MEMBER;
        }
    }

    record NewMemberClassCompleted(CandidateId candidate, UnitCode branch, LocalDate completedOn) implements Step {
        public LocalDate occurredOn() {
            return completedOn;
        }

        public Contract.Stage stage() {
            return Contract.Stage.NEW_MEMBER_CLASS_COMPLETED;
        }
    }

    record RecognitionVoted(CandidateId candidate, UnitCode branch, LocalDate votedOn, Vote vote) implements Step {
        public LocalDate occurredOn() {
            return votedOn;
        }

        public Contract.Stage stage() {
            return Contract.Stage.RECOGNITION_VOTED;
        }
    }

    record CandidateRecognised(CandidateId candidate, UnitCode branch, Decision decision, Attributes attributes)
            implements Step {
        public LocalDate occurredOn() {
            return decision.decidedOn();
        }

        public Contract.Stage stage() {
            return Contract.Stage.OFFICIAL_MEMBER;
        }
    }

    /** @param stageAtExit where the candidate stood; {@code movedTo} only for a move to another unit */
    record CandidateExited(CandidateId candidate, UnitCode branch, Contract.ExitReason reason,
                           Contract.Stage stageAtExit, LocalDate exitedOn, UnitCode movedTo, Attributes attributes)
            implements Step {
        public LocalDate occurredOn() {
            return exitedOn;
        }

        public Contract.Stage stage() {
            return Contract.Stage.EXITED;
        }
    }
}
