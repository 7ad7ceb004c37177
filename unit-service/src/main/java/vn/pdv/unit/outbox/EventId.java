package vn.pdv.unit.outbox;

import java.util.Objects;
import java.util.UUID;

public record EventId(String value) {

    public EventId {
        Objects.requireNonNull(value, "event id");
    }

    public static EventId random() {
        return new EventId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
