package vn.pdv.unit.outbox;

import java.time.LocalDate;

/** A step worth telling the province about. Implementations carry no personal data. */
public interface UnitEvent {

    /** The day the step happened (a decision, a ceremony), as opposed to when it was recorded. */
    LocalDate occurredOn();
}
