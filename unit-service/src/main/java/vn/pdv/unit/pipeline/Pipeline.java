package vn.pdv.unit.pipeline;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.pdv.unit.Outcome;
import vn.pdv.unit.Refusal;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.Units;
import vn.pdv.unit.outbox.Recorder;

/** Records the steps of the pipeline: each one decided, logged and projected by the {@link Recorder}. */
@Service
public class Pipeline {

    private final Recorder recorder;
    private final Units units;
    private final Candidates candidates;
    private final People people;

    Pipeline(Recorder recorder, Units units, Candidates candidates, People people) {
        this.recorder = recorder;
        this.units = units;
        this.candidates = candidates;
        this.people = people;
    }

    public Outcome<SourceCreated> identifySource(NewSource source) {
        return recorder.record(() -> {
            if (units.find(source.branch()).isEmpty()) {
                return Outcome.refused(unknownBranch(source.branch()));
            }
            CandidateId id = CandidateId.random();
            // Saved before the event: an orphan record is harmless, an event without its person is not.
            people.save(id, source.person());
            return Outcome.accepted(new SourceCreated(id, source.branch(), source.introducedBy(),
                    source.identifiedOn(), source.attributes()));
        }, created -> candidates.save(Candidate.from(created)));
    }

    /** Empty when there is no such candidate. */
    public Optional<Outcome<CandidateAdmitted>> admit(CandidateId id, AdmissionDecision decision) {
        if (candidates.find(id).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(recorder.record(
                () -> candidates.find(id).orElseThrow().admit(decision),
                admitted -> candidates.save(candidates.find(id).orElseThrow().apply(admitted))));
    }

    public Optional<Candidate> find(CandidateId id) {
        return candidates.find(id);
    }

    private static Refusal unknownBranch(UnitCode branch) {
        return Refusal.of("BRANCH_UNKNOWN", "branchCode",
                "Chi bộ " + branch + " chưa được đăng ký ở đảng ủy này; đăng ký chi bộ trước.",
                "Branch " + branch + " is not registered with this committee; register it first.",
                Map.of("branchCode", branch.value()));
    }
}
