package vn.pdv.aggregator.alert;

import java.util.Objects;

/**
 * An alert's id, derived from what it is about rather than drawn at random, so that two aggregator instances noticing
 * the same change, or sending the same digest, write the same id and only one insert wins.
 */
public record AlertId(String value) {

    public AlertId {
        Objects.requireNonNull(value, "alert id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank alert id");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
