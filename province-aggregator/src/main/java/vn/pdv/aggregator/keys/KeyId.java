package vn.pdv.aggregator.keys;

import java.util.Objects;

/** A signing key's id as committees put it in the {@code pdv-key-id} header, e.g. {@code DUK-01-2025-02}. */
public record KeyId(String value) {

    public static final int MAX_LENGTH = 100;

    public KeyId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A key id has 1 to " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
