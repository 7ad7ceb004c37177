package vn.pdv.dataset.organisation;

import java.util.Objects;

public record UnitCode(String value) implements Comparable<UnitCode> {

    public UnitCode {
        Objects.requireNonNull(value, "unit code");
    }

    @Override
    public int compareTo(UnitCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
