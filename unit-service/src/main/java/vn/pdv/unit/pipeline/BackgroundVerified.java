package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import java.util.List;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.organisation.UnitCode;

/** The background verification (thẩm tra lý lịch) of the candidate and close relatives was concluded. */
public record BackgroundVerified(CandidateId candidate, UnitCode branch, LocalDate startedOn, LocalDate concludedOn,
                                 List<Finding> findings) implements CandidateEvent {

    public BackgroundVerified {
        findings = Finding.none(findings);
    }

    /** The step with no finding: it broke no rule the committee records rather than refuses. */
    public BackgroundVerified(CandidateId candidate, UnitCode branch, LocalDate startedOn, LocalDate concludedOn) {
        this(candidate, branch, startedOn, concludedOn, List.of());
    }

    @Override
    public LocalDate occurredOn() {
        return concludedOn;
    }
}
