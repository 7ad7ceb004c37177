package vn.pdv.aggregator.quota;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The document a quota comes from, kept with every quota so that a figure can always be traced to the plan that set
 * it, e.g. {@code 104-KH/ĐUK} of 6 March 2024 by the Standing Committee of the bloc party committee.
 *
 * @param number   the plan's number as printed, e.g. {@code 104-KH/ĐUK}
 * @param issuedOn the date printed on the plan, when known
 * @param issuedBy the issuing body as printed, e.g. "Ban Thường vụ Đảng ủy Khối", when known
 */
public record PlanReference(String number, Optional<LocalDate> issuedOn, Optional<String> issuedBy) {

    public PlanReference {
        Objects.requireNonNull(number, "plan number");
        if (number.isBlank()) {
            throw new IllegalArgumentException("a plan reference needs a number");
        }
        number = number.strip();
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(issuedBy, "issuedBy");
    }

    public static PlanReference of(String number, LocalDate issuedOn, String issuedBy) {
        return new PlanReference(number, Optional.of(issuedOn), Optional.of(issuedBy));
    }

    public static PlanReference numbered(String number) {
        return new PlanReference(number, Optional.empty(), Optional.empty());
    }
}
