package vn.pdv.unit.pipeline.importing;

import java.util.List;
import java.util.Optional;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;

/** The committee's registered units, found by code or by name the way a list writes them ("Chi bộ Khu phố 1", "kp1"). */
final class Branches {

    private final List<Unit> units;

    Branches(List<Unit> units) {
        this.units = List.copyOf(units);
    }

    Optional<UnitCode> find(String codeOrName) {
        String key = Column.normalise(codeOrName);
        return units.stream().filter(unit -> unit.code().value().equalsIgnoreCase(codeOrName.strip())).findFirst()
                .or(() -> units.stream().filter(unit -> Column.normalise(unit.name()).equals(key)
                        || Column.normalise(unit.name()).equals("chi bo " + key)).findFirst())
                .map(Unit::code);
    }
}
