package vn.pdv.aggregator.plan;

import java.util.Objects;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;

/** A unit a plan lists, with the code the import gave it and the row it came from. */
public record ListedUnit(UnitCode code, String name, UnitKind kind, TableRow row) {

    public ListedUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(row, "row");
    }
}
