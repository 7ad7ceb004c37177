package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/**
 * The committee took in a candidate transferred from another committee ("Nhận chuyển đến"), at the stage they had
 * reached there, under the pseudonymous id the sending committee gave them. The first entry of their history here:
 * it holds the dates of the earlier steps ({@link TransferFacts}) so the later steps are checked by the same rules.
 * It counts nothing again; the sending committee's {@link CandidateExited} (moved to another unit) is the other half.
 */
public record CandidateTransferredIn(CandidateId candidate, UnitCode branch, UnitCode fromCommittee, Stage stage,
                                     LocalDate transferredOn, TransferFacts facts, ReportingAttributes attributes)
        implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return transferredOn;
    }
}
