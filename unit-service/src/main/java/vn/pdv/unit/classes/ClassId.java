package vn.pdv.unit.classes;

import java.util.Objects;
import java.util.UUID;

/** A class's id in this committee's records. */
public record ClassId(String value) {

    public ClassId {
        Objects.requireNonNull(value, "class id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank class id");
        }
    }

    public static ClassId random() {
        return new ClassId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
