package vn.pdv.aggregator.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.pdv.aggregator.quota.Period;

/**
 * A unit's row as the table wrote it, mistakes included; {@link PlanChecks} decides what of it is sound.
 *
 * @param code    the unit-code cell, blank when the table has no code column
 * @param kind    the type cell ("Đảng bộ", "Chi bộ"), blank when the table has no type column
 * @param cells   the row's cells per period, in the table's column order
 */
public record PlanRow(TableRow row, String code, String kind, String name, Map<Period, Cells> cells) {

    public PlanRow {
        Objects.requireNonNull(row, "row");
        code = code == null ? "" : code.strip();
        kind = kind == null ? "" : kind.strip();
        name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    public Optional<Cells> cellsFor(Period period) {
        return Optional.ofNullable(cells.get(period));
    }
}
