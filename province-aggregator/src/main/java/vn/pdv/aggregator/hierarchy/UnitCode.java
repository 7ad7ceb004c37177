package vn.pdv.aggregator.hierarchy;

import java.util.Objects;

/** A party organisation's code, as the unit services publish it. */
public record UnitCode(String value) {

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
