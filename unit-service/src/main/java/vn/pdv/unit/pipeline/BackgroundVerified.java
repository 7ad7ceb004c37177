package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/** The background verification (thẩm tra lý lịch) of the candidate and close relatives was concluded. */
public record BackgroundVerified(CandidateId candidate, UnitCode branch, LocalDate startedOn, LocalDate concludedOn) implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return concludedOn;
    }
}
