package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/** What staff enter when a branch identifies a source. */
public record NewSource(UnitCode branch, IntroducingOrganisation introducedBy, LocalDate identifiedOn,
                        PersonalDetails person, ReportingAttributes attributes) {
}
