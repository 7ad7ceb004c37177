package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import java.util.List;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.rules.MemberRef;

/** The candidate was introduced by one of the three routes; the dossier counts as prepared on that day. */
public record CandidateIntroduced(CandidateId candidate, UnitCode branch, IntroductionRoute route, List<MemberRef> introducers,
                                  LocalDate introducedOn, List<Finding> findings) implements CandidateEvent {

    public CandidateIntroduced {
        findings = Finding.none(findings);
    }

    /** The step with no finding: it broke no rule the committee records rather than refuses. */
    public CandidateIntroduced(CandidateId candidate, UnitCode branch, IntroductionRoute route, List<MemberRef> introducers,
                               LocalDate introducedOn) {
        this(candidate, branch, route, introducers, introducedOn, List.of());
    }

    @Override
    public LocalDate occurredOn() {
        return introducedOn;
    }
}
