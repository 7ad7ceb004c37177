package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import java.util.List;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.rules.MemberRef;

/** The candidate was introduced by one of the three routes; the dossier counts as prepared on that day. */
public record CandidateIntroduced(CandidateId candidate, UnitCode branch, IntroductionRoute route, List<MemberRef> introducers,
                                  LocalDate introducedOn) implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return introducedOn;
    }
}
