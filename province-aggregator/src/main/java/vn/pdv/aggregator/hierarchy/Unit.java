package vn.pdv.aggregator.hierarchy;

import java.time.LocalDate;

/** @param kind as the unit service named it, e.g. {@code GRASSROOTS_COMMITTEE} */
public record Unit(UnitCode code, String name, String kind, UnitCode parent, LocalDate effectiveFrom) {
}
