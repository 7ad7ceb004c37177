package vn.pdv.unit.alert;

import java.util.Objects;

/** The aggregator's id of an alert; a redelivered alert keeps it, which is what makes the inbox idempotent. */
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
