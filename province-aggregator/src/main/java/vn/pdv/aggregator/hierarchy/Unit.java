package vn.pdv.aggregator.hierarchy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A unit as it stood from {@code effectiveFrom} until its next version (or its closure): its name, level and parent.
 * A unit's history is the list of these; a rename or a move is a new version, never an edit of an old one.
 *
 * @param parent null for the top of the tree
 */
public record Unit(UnitCode code, String name, UnitKind kind, UnitCode parent, LocalDate effectiveFrom) {

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    Unit renamed(String newName, LocalDate on) {
        return new Unit(code, newName, kind, parent, on);
    }

    Unit movedUnder(UnitCode newParent, LocalDate on) {
        return new Unit(code, name, kind, newParent, on);
    }
}
