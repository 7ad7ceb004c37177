package vn.pdv.unit.outbox;

import java.time.LocalDate;
import vn.pdv.unit.classes.ClassHeld;
import vn.pdv.unit.organisation.UnitRegistered;
import vn.pdv.unit.pipeline.CandidateEvent;
import vn.pdv.unit.pipeline.StepRevised;
import vn.pdv.unit.quota.QuotaAssigned;
import vn.pdv.unit.review.SympathiserListReviewed;

/**
 * A step worth telling the province about, as the committee's log records it: an organisation registered, a quota
 * assigned, a step in a candidate's pipeline or its correction, a branch's review of its sympathiser list, or a class held. None of them carries personal data.
 *
 * <p>Sealed, and a candidate's steps are sealed in turn ({@link CandidateEvent}), so a mapping of the log that does not
 * name every kind of event does not compile (the Avro contract in {@code outbox.kafka} is one). The capabilities'
 * events are wrapped here rather than implementing this type: outside a named module Java admits the subtypes of a
 * sealed type only from its own package, and the events belong with their capabilities. The log so depends on what
 * it records, and no capability depends on the log.
 */
public sealed interface UnitEvent {

    /** The capability's own event. */
    Object event();

    /** The day the step happened (a decision, a ceremony), as opposed to when it was recorded. */
    default LocalDate occurredOn() {
        return switch (this) {
            case UnitChange(UnitRegistered registered) -> registered.occurredOn();
            case QuotaChange(QuotaAssigned assigned) -> assigned.occurredOn();
            case CandidateStep(CandidateEvent step) -> step.occurredOn();
            case CandidateRevision(StepRevised revised) -> revised.occurredOn();
            case ReviewChange(SympathiserListReviewed review) -> review.occurredOn();
            case ClassChange(ClassHeld held) -> held.occurredOn();
        };
    }

    /** An organisation registered, renamed or moved. */
    record UnitChange(UnitRegistered event) implements UnitEvent {
    }

    /** A quota assigned to one of the committee's organisations. */
    record QuotaChange(QuotaAssigned event) implements UnitEvent {
    }

    /** A step in one candidate's pipeline. */
    record CandidateStep(CandidateEvent event) implements UnitEvent {
    }

    /** A recorded step of a candidate corrected or voided. */
    record CandidateRevision(StepRevised event) implements UnitEvent {
    }

    /** A branch's quarterly review of its sympathiser list. */
    record ReviewChange(SympathiserListReviewed event) implements UnitEvent {
    }

    /** A class held: its counts (the attendees' own steps are {@link CandidateStep}s). */
    record ClassChange(ClassHeld event) implements UnitEvent {
    }
}
