package vn.pdv.unit.organisation;

import java.time.LocalDate;
import vn.pdv.unit.outbox.UnitEvent;

/** An organisation was registered, or its name, kind or parent changed from {@code effectiveFrom}. */
public record UnitRegistered(UnitCode code, String name, UnitKind kind, UnitCode parent, LocalDate effectiveFrom)
        implements UnitEvent {

    @Override
    public LocalDate occurredOn() {
        return effectiveFrom;
    }
}
