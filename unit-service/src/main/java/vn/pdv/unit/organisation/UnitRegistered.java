package vn.pdv.unit.organisation;

import java.time.LocalDate;

/** An organisation was registered, or its name, kind or parent changed from {@code effectiveFrom}. */
public record UnitRegistered(UnitCode code, String name, UnitKind kind, UnitCode parent, LocalDate effectiveFrom) {

    /** The day the change takes effect. */
    public LocalDate occurredOn() {
        return effectiveFrom;
    }
}
