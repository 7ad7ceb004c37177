package vn.pdv.unit.pipeline;

import vn.pdv.unit.decision.ActorId;

/**
 * One step of a candidate's history: its event and who recorded it (the account's pseudonymous subject, never a name).
 */
public record RecordedStep(CandidateEvent event, ActorId recordedBy) {
}
