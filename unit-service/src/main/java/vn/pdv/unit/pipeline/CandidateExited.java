package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/** The candidate left the pipeline (withdrawn from the sources, not admitted, not recognised, moved away). */
public record CandidateExited(CandidateId candidate, UnitCode branch, ExitReason reason, Stage stageAtExit, LocalDate exitedOn,
                              UnitCode movedTo, ReportingAttributes attributes) implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return exitedOn;
    }
}
