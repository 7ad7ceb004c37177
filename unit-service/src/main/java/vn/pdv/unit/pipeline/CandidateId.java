package vn.pdv.unit.pipeline;

import java.util.Objects;
import java.util.UUID;

/** Pseudonymous: names nobody outside the committee's own database. */
public record CandidateId(String value) {

    public CandidateId {
        Objects.requireNonNull(value, "candidate id");
    }

    public static CandidateId random() {
        return new CandidateId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
