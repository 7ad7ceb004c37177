package vn.pdv.unit.organisation;

import java.util.List;
import java.util.Optional;

/** The organisations this committee manages: a projection of its {@link UnitRegistered} events. */
public interface Units {

    Optional<Unit> find(UnitCode code);

    List<Unit> all();

    void save(Unit unit);
}
