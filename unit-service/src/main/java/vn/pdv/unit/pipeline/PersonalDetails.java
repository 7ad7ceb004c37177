package vn.pdv.unit.pipeline;

import java.time.LocalDate;

/** Who the person is. Kept in the committee's own database only; never on an event. */
public record PersonalDetails(String fullName, LocalDate dateOfBirth, String idCardNumber, String address,
                              String phone) {
}
