package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/** The probationary member completed the new-member class (lớp bồi dưỡng đảng viên mới). */
public record NewMemberClassCompleted(CandidateId candidate, UnitCode branch, LocalDate completedOn) implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return completedOn;
    }
}
