package vn.pdv.aggregator.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import vn.pdv.aggregator.quota.Attribute;

/** One row's cells for one period: the total and whichever breakdown columns the table has. */
public record Cells(Cell total, Map<Attribute, Cell> parts) {

    public Cells {
        Objects.requireNonNull(total, "total");
        parts = parts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(parts));
    }
}
