package vn.pdv.dataset.pipeline;

import java.util.Objects;

/** The pseudonymous id every event about a candidate carries. */
public record CandidateId(String value) {

    public CandidateId {
        Objects.requireNonNull(value, "candidate id");
    }

    @Override
    public String toString() {
        return value;
    }
}
