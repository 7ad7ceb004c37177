package vn.pdv.unit.organisation;

import java.time.LocalDate;

/**
 * A party organisation as this committee knows it.
 *
 * @param parent the superior organisation; for the committee itself it lives in another deployment
 */
public record Unit(UnitCode code, String name, UnitKind kind, UnitCode parent, LocalDate effectiveFrom) {

    public UnitRegistered registered() {
        return new UnitRegistered(code, name, kind, parent, effectiveFrom);
    }
}
