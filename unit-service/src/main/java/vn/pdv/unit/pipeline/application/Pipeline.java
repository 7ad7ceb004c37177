package vn.pdv.unit.pipeline.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.Units;
import vn.pdv.unit.outbox.UnitEvent;
import vn.pdv.unit.outbox.application.Recorder;
import vn.pdv.unit.pipeline.AdmissionDecided;
import vn.pdv.unit.pipeline.AdmissionDecision;
import vn.pdv.unit.pipeline.AdmissionProposed;
import vn.pdv.unit.pipeline.AdmissionVoted;
import vn.pdv.unit.pipeline.AwarenessCertificateIssued;
import vn.pdv.unit.pipeline.BackgroundVerified;
import vn.pdv.unit.pipeline.Candidate;
import vn.pdv.unit.pipeline.CandidateEvent;
import vn.pdv.unit.pipeline.CandidateExited;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.CandidateIntroduced;
import vn.pdv.unit.pipeline.CandidateRecognised;
import vn.pdv.unit.pipeline.Candidates;
import vn.pdv.unit.pipeline.CommitteeDecision;
import vn.pdv.unit.pipeline.ExitReason;
import vn.pdv.unit.pipeline.IntroductionRoute;
import vn.pdv.unit.pipeline.NewMemberClassCompleted;
import vn.pdv.unit.pipeline.NewSource;
import vn.pdv.unit.pipeline.People;
import vn.pdv.unit.pipeline.PersonalDetails;
import vn.pdv.unit.pipeline.PipelineRules;
import vn.pdv.unit.pipeline.RecognitionVoted;
import vn.pdv.unit.pipeline.SourceCreated;
import vn.pdv.unit.pipeline.SympathiserAdded;
import vn.pdv.unit.pipeline.SympathiserRemoved;
import vn.pdv.unit.pipeline.rules.BranchVote;
import vn.pdv.unit.pipeline.rules.CandidateMilestones;
import vn.pdv.unit.pipeline.rules.Deadlines;
import vn.pdv.unit.pipeline.rules.DueItem;
import vn.pdv.unit.pipeline.rules.Introducer;
import vn.pdv.unit.pipeline.rules.MemberRef;

/**
 * Records the steps of the pipeline: each one decided by the {@link Candidate}, logged and projected by the
 * {@link Recorder} under that candidate's lock (every rule is about one candidate). Step methods are empty when there
 * is no such candidate.
 *
 * <p>The date of birth, which the age and introduction rules need, is read from {@link People} here and handed to the
 * decision; it never reaches an event.
 */
@Service
public class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final Comparator<Due> EARLIEST_FIRST = Comparator.comparing(due -> due.item().dueBy());

    private final Recorder recorder;
    private final Units units;
    private final Candidates candidates;
    private final People people;
    private final PipelineRules rules;

    Pipeline(Recorder recorder, Units units, Candidates candidates, People people, PipelineRules rules) {
        this.recorder = recorder;
        this.units = units;
        this.candidates = candidates;
        this.people = people;
        this.rules = rules;
    }

    /**
     * Needs no other step's lock: the candidate is new, and a branch once registered stays registered. The person is
     * saved before the event: an orphan record is harmless, an event without its person is not.
     */
    public Outcome<SourceCreated> identifySource(NewSource source) {
        if (units.find(source.branch()).isEmpty()) {
            return Outcome.refused(unknownBranch(source.branch()));
        }
        CandidateId id = CandidateId.random();
        people.save(id, source.person());
        return recorder.record(id, () -> Outcome.accepted(new SourceCreated(id, source.branch(), source.introducedBy(),
                source.identifiedOn(), source.attributes())), UnitEvent.CandidateStep::new,
                created -> candidates.save(Candidate.from(created)));
    }

    public Optional<Outcome<SympathiserAdded>> addToSympathisers(CandidateId id, LocalDate addedOn, String resolutionNumber,
                                                                 MemberRef helper) {
        return step(id, candidate -> candidate.addToSympathisers(addedOn, resolutionNumber, helper));
    }

    public Optional<Outcome<SympathiserRemoved>> removeFromSympathisers(CandidateId id, LocalDate removedOn,
                                                                       String resolutionNumber) {
        return step(id, candidate -> candidate.removeFromSympathisers(removedOn, resolutionNumber));
    }

    public Optional<Outcome<AwarenessCertificateIssued>> recordCertificate(CandidateId id, String number, LocalDate issuedOn) {
        return step(id, candidate -> candidate.recordCertificate(number, issuedOn));
    }

    public Optional<Outcome<BackgroundVerified>> verifyBackground(CandidateId id, LocalDate startedOn, LocalDate concludedOn) {
        return step(id, candidate -> candidate.verifyBackground(startedOn, concludedOn, rules));
    }

    public Optional<Outcome<CandidateIntroduced>> introduce(CandidateId id, IntroductionRoute route,
                                                            List<Introducer> introducers, LocalDate introducedOn) {
        return withBirthDate(id, (candidate, bornOn) -> candidate.introduce(route, introducers, introducedOn, bornOn, rules));
    }

    public Optional<Outcome<AdmissionVoted>> voteOnAdmission(CandidateId id, BranchVote vote, LocalDate votedOn,
                                                             boolean provincialApproval) {
        return withBirthDate(id, (candidate, bornOn) ->
                candidate.voteOnAdmission(vote, votedOn, provincialApproval, bornOn, rules));
    }

    public Optional<Outcome<AdmissionProposed>> propose(CandidateId id, UnitCode proposedTo, LocalDate proposedOn) {
        return step(id, candidate -> candidate.propose(proposedTo, proposedOn));
    }

    public Optional<Outcome<AdmissionDecided>> decideAdmission(CandidateId id, CommitteeDecision decision) {
        return step(id, candidate -> candidate.decideAdmission(decision, rules));
    }

    /** The ceremony; records the decision with it when it was not recorded before. */
    public Optional<Outcome<List<CandidateEvent>>> admit(CandidateId id, AdmissionDecision ceremony, boolean deadlineExtended) {
        if (candidates.find(id).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(recorder.recordAll(id,
                () -> candidates.find(id).orElseThrow().decideAndAdmit(ceremony, deadlineExtended, rules),
                UnitEvent.CandidateStep::new, event -> candidates.save(candidates.find(id).orElseThrow().apply(event))));
    }

    public Optional<Outcome<NewMemberClassCompleted>> completeNewMemberClass(CandidateId id, LocalDate completedOn) {
        return step(id, candidate -> candidate.completeNewMemberClass(completedOn));
    }

    public Optional<Outcome<RecognitionVoted>> voteOnRecognition(CandidateId id, BranchVote vote, LocalDate votedOn) {
        return step(id, candidate -> candidate.voteOnRecognition(vote, votedOn, rules));
    }

    public Optional<Outcome<CandidateRecognised>> recognise(CandidateId id, CommitteeDecision decision) {
        return step(id, candidate -> candidate.recognise(decision, rules));
    }

    public Optional<Outcome<CandidateExited>> exit(CandidateId id, ExitReason reason, LocalDate exitedOn, UnitCode movedTo) {
        return step(id, candidate -> candidate.exit(reason, exitedOn, movedTo));
    }

    public Optional<Candidate> find(CandidateId id) {
        return candidates.find(id);
    }

    /**
     * What is overdue on {@code today} and what falls due by the coming Sunday, for each candidate still in the
     * pipeline, earliest first, as the rules' {@link Deadlines} judge it. A deadline the holiday calendar cannot count
     * (a year not yet in {@code holidays-vn.csv}) leaves that candidate out and is logged, rather than failing the list.
     */
    public DueList dueOn(LocalDate today) {
        List<Due> overdue = new ArrayList<>();
        List<Due> dueThisWeek = new ArrayList<>();
        Deadlines deadlines = rules.deadlines();
        for (Candidate candidate : candidates.active()) {
            try {
                CandidateMilestones milestones = candidate.milestones();
                deadlines.overdueOn(milestones, today).forEach(item -> overdue.add(new Due(candidate, item)));
                deadlines.dueThisWeek(milestones, today).forEach(item -> dueThisWeek.add(new Due(candidate, item)));
            } catch (IllegalStateException uncovered) {
                LOG.warn("Deadlines of candidate {} not listed: {}", candidate.id(), uncovered.getMessage());
            }
        }
        overdue.sort(EARLIEST_FIRST);
        dueThisWeek.sort(EARLIEST_FIRST);
        return new DueList(today, overdue, dueThisWeek);
    }

    /** The committee's deadline list on one day. */
    public record DueList(LocalDate today, List<Due> overdue, List<Due> dueThisWeek) {
    }

    /** One thing due for one candidate. */
    public record Due(Candidate candidate, DueItem item) {
    }

    private <E extends CandidateEvent> Optional<Outcome<E>> step(CandidateId id, Function<Candidate, Outcome<E>> decide) {
        if (candidates.find(id).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(recorder.record(id, () -> decide.apply(candidates.find(id).orElseThrow()),
                UnitEvent.CandidateStep::new, event -> candidates.save(candidates.find(id).orElseThrow().apply(event))));
    }

    private <E extends CandidateEvent> Optional<Outcome<E>> withBirthDate(CandidateId id,
                                                                          BiFunction<Candidate, LocalDate, Outcome<E>> decide) {
        return step(id, candidate -> decide.apply(candidate, people.find(id).map(PersonalDetails::dateOfBirth)
                .orElseThrow(() -> new IllegalStateException("No personal details for candidate " + id))));
    }

    private static RuleViolation unknownBranch(UnitCode branch) {
        return RuleViolation.of(RuleCode.BRANCH_UNKNOWN, "branchCode", RuleViolation.values("branchCode", branch),
                Bilingual.of("Chi bộ " + branch + " chưa được đăng ký ở đảng ủy này.",
                        "Branch " + branch + " is not registered with this committee."),
                Bilingual.of("Hãy đăng ký chi bộ trước.", "Have the committee register it first."));
    }
}
