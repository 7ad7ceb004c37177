package vn.pdv.dataset;

import java.time.LocalDate;

/** Something a committee's log records: a unit's registration, a quota, a candidate's step. */
public interface Fact {

    /** The day it happened; a logged event's {@code occurredAt} is the start of that day in Vietnam. */
    LocalDate occurredOn();
}
