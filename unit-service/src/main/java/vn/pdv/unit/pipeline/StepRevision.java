package vn.pdv.unit.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.pdv.unit.decision.ActorId;

/**
 * A later change to a recorded step, kept beside it in the candidate's history: who, when, why, and for a correction
 * the step's values before and after. The reason is the committee's own and never leaves it.
 */
public sealed interface StepRevision {

    ActorId by();

    Instant at();

    String reason();

    /** The step's values were corrected: {@code before} is the step as it stood, {@code after} as it stands now. */
    record Corrected(CandidateEvent before, CandidateEvent after, ActorId by, Instant at, String reason)
            implements StepRevision {

        /** What changed, old → new, in the words of the correction's request: effectiveOn, branchCode, decisionNumber. */
        public List<Change> changes() {
            List<Change> changes = new ArrayList<>();
            if (!before.occurredOn().equals(after.occurredOn())) {
                changes.add(new Change("effectiveOn", before.occurredOn().toString(), after.occurredOn().toString()));
            }
            if (!before.branch().equals(after.branch())) {
                changes.add(new Change("branchCode", before.branch().value(), after.branch().value()));
            }
            String numberBefore = StepRevision.decisionNumberOf(before);
            String numberAfter = StepRevision.decisionNumberOf(after);
            if (!Objects.equals(numberBefore, numberAfter)) {
                changes.add(new Change("decisionNumber", numberBefore, numberAfter));
            }
            return changes;
        }
    }

    /** The step was recorded by mistake: it stays in the history, and counts for nothing. */
    record Voided(ActorId by, Instant at, String reason) implements StepRevision {
    }

    /** One value of a step corrected. */
    record Change(String field, String from, String to) {
    }

    /** The number of the decision (resolution, certificate) a step records; null for a step without one. */
    static String decisionNumberOf(CandidateEvent step) {
        return switch (step) {
            case SympathiserAdded e -> e.resolutionNumber();
            case SympathiserRemoved e -> e.resolutionNumber();
            case AwarenessCertificateIssued e -> e.certificateNumber();
            case AdmissionDecided e -> e.decision().number();
            case CandidateAdmitted e -> e.decision().number();
            case CandidateRecognised e -> e.decision().number();
            default -> null;
        };
    }
}
