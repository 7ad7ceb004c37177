package vn.pdv.unit.pipeline;

import java.util.ArrayList;
import java.util.List;
import vn.pdv.unit.decision.ActorId;

/**
 * One step of a candidate's history: its event as it stands now (after any correction), who recorded it (the account's
 * pseudonymous subject, never a name), where the log holds it, and its corrections or void, oldest first. The event as
 * first recorded is the first correction's {@code before}.
 *
 * @param place     null for a step recorded before candidates kept it
 * @param revisions empty for a step never corrected
 */
public record RecordedStep(CandidateEvent event, ActorId recordedBy, LogPlace place, List<StepRevision> revisions) {

    public RecordedStep {
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }

    public RecordedStep(CandidateEvent event, ActorId recordedBy) {
        this(event, recordedBy, null, List.of());
    }

    /** Voided steps stay in the history for the record and count for no rule, stage or figure. */
    public boolean voided() {
        return revisions.stream().anyMatch(StepRevision.Voided.class::isInstance);
    }

    public boolean corrected() {
        return revisions.stream().anyMatch(StepRevision.Corrected.class::isInstance);
    }

    RecordedStep revisedBy(StepRevision revision) {
        List<StepRevision> after = new ArrayList<>(revisions);
        after.add(revision);
        CandidateEvent now = revision instanceof StepRevision.Corrected corrected ? corrected.after() : event;
        return new RecordedStep(now, recordedBy, place, after);
    }
}
