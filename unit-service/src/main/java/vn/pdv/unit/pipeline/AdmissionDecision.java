package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/** The competent committee's decision to admit, and the day of the ceremony that carried it out. */
public record AdmissionDecision(UnitCode decidedBy, String number, LocalDate decidedOn, LocalDate admittedOn,
                                boolean readmission) {
}
