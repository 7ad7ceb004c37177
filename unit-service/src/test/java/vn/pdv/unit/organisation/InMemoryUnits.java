package vn.pdv.unit.organisation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The committee's organisations in memory, for tests without a database. */
public final class InMemoryUnits implements Units {

    private final Map<UnitCode, Unit> units = new HashMap<>();

    /** {@code committee} registered, and each of {@code branches} beneath it. */
    public static InMemoryUnits branchesOf(UnitCode committee, UnitCode... branches) {
        InMemoryUnits units = new InMemoryUnits();
        units.save(new Unit(committee, "Đảng ủy " + committee, UnitKind.GRASSROOTS_COMMITTEE, null, LocalDate.of(2024, 1, 1)));
        for (UnitCode branch : branches) {
            units.save(new Unit(branch, "Chi bộ " + branch, UnitKind.SUBORDINATE_BRANCH, committee, LocalDate.of(2024, 1, 1)));
        }
        return units;
    }

    @Override
    public Optional<Unit> find(UnitCode code) {
        return Optional.ofNullable(units.get(code));
    }

    @Override
    public List<Unit> all() {
        return List.copyOf(units.values());
    }

    @Override
    public void save(Unit unit) {
        units.put(unit.code(), unit);
    }
}
