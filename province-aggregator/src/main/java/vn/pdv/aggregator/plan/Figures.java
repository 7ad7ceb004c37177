package vn.pdv.aggregator.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** One row's cells for one period: the total and whichever breakdown columns the table has. */
public record Figures(Figure total, Map<Attribute, Figure> parts) {

    public Figures {
        Objects.requireNonNull(total, "total");
        parts = parts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(parts));
    }
}
