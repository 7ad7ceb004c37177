package vn.pdv.unit.pipeline.rules;

import java.util.Objects;

/** A Party member as the unit's records know them (pseudonymous; never a name or ID-card number). */
public record MemberRef(String value) {

    public MemberRef {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("member reference must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
