package vn.pdv.aggregator.hierarchy;

import java.util.Objects;

/** A party organisation's code, as the unit services publish it. */
public record UnitCode(String value) {

    /** The shape the unit services accept: letters, digits, '.', '_' and '-', at most 40, not starting with a sign. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

    public UnitCode {
        Objects.requireNonNull(value, "unit code");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank unit code");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
