package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/**
 * What staff enter when the committee takes in a candidate transferred from another: the sending committee, the id it
 * knows the candidate by (its "mã chuyển"), the receiving branch, the day, the stage reached and the dates that stage
 * implies, and the person, typed again from the paper dossier as for a source.
 */
public record NewTransfer(UnitCode fromCommittee, CandidateId candidate, UnitCode branch, LocalDate transferredOn,
                          Stage stage, TransferFacts facts, PersonalDetails person, ReportingAttributes attributes) {
}
