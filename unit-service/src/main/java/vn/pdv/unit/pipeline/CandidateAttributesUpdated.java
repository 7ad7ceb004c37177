package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/**
 * The candidate's reporting attributes changed on {@code updatedOn} (joined the youth union, finished a degree). The
 * steps after it carry {@code attributes}: an admission counts them as they stood on its day, and nothing counted
 * before moves.
 */
public record CandidateAttributesUpdated(CandidateId candidate, UnitCode branch, LocalDate updatedOn,
                                         ReportingAttributes attributes) implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return updatedOn;
    }
}
