package vn.pdv.dataset.organisation;

import java.time.LocalDate;
import java.util.Objects;
import vn.pdv.dataset.Fact;

/**
 * A unit as a committee registers it: from {@code effectiveFrom}, with this name, level and parent. A move is the
 * same code registered again with another parent from a later day. Logged, it is a {@code UnitRegistered}.
 *
 * @param parent null for the province
 */
public record Unit(UnitCode code, String name, UnitKind kind, UnitCode parent, LocalDate effectiveFrom)
        implements Fact {

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    @Override
    public LocalDate occurredOn() {
        return effectiveFrom;
    }
}
