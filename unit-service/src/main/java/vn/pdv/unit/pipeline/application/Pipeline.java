package vn.pdv.unit.pipeline.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.Units;
import vn.pdv.unit.outbox.LoggedEvent;
import vn.pdv.unit.outbox.UnitEvent;
import vn.pdv.unit.outbox.application.Recorder;
import vn.pdv.unit.pipeline.AdmissionDecided;
import vn.pdv.unit.pipeline.AdmissionDecision;
import vn.pdv.unit.pipeline.AdmissionProposed;
import vn.pdv.unit.pipeline.AdmissionVoted;
import vn.pdv.unit.pipeline.AwarenessCertificateIssued;
import vn.pdv.unit.pipeline.BackgroundVerified;
import vn.pdv.unit.pipeline.Candidate;
import vn.pdv.unit.pipeline.CandidateAttributesUpdated;
import vn.pdv.unit.pipeline.CandidateEvent;
import vn.pdv.unit.pipeline.CandidateExited;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.CandidateTransferredIn;
import vn.pdv.unit.pipeline.CandidateIntroduced;
import vn.pdv.unit.pipeline.CandidateRecognised;
import vn.pdv.unit.pipeline.Candidates;
import vn.pdv.unit.pipeline.CommitteeDecision;
import vn.pdv.unit.pipeline.ExitReason;
import vn.pdv.unit.pipeline.IntroductionRoute;
import vn.pdv.unit.pipeline.LogPlace;
import vn.pdv.unit.pipeline.NewMemberClassCompleted;
import vn.pdv.unit.pipeline.NewSource;
import vn.pdv.unit.pipeline.NewTransfer;
import vn.pdv.unit.pipeline.People;
import vn.pdv.unit.pipeline.PersonalDetails;
import vn.pdv.unit.pipeline.PipelineRules;
import vn.pdv.unit.pipeline.RecognitionVoted;
import vn.pdv.unit.pipeline.ReportingAttributes;
import vn.pdv.unit.pipeline.SourceCreated;
import vn.pdv.unit.pipeline.StepChange;
import vn.pdv.unit.pipeline.StepRevised;
import vn.pdv.unit.pipeline.StepRevised.StepCorrected;
import vn.pdv.unit.pipeline.StepRevised.StepVoided;
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
 * {@link Recorder} under that candidate's lock (every rule is about one candidate), with who recorded it. Step methods
 * are empty when there is no such candidate. Whether the caller may record for the candidate's branch is decided
 * before, at the edge ({@code vn.pdv.unit.web.CommitteeAccess}).
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
    public Outcome<SourceCreated> identifySource(ActorId by, NewSource source) {
        if (units.find(source.branch()).isEmpty()) {
            return Outcome.refused(unknownBranch(source.branch()));
        }
        CandidateId id = CandidateId.random();
        people.save(id, source.person());
        return recorder.recordLogged(id, by, () -> Outcome.accepted(new SourceCreated(id, source.branch(),
                        source.introducedBy(), source.identifiedOn(), source.attributes())), UnitEvent.CandidateStep::new,
                (created, logged) -> candidates.save(Candidate.from(created, by, placeOf(logged))));
    }

    /**
     * Takes in a candidate transferred from another committee, under the id that committee gave them: refused when the
     * branch is not registered here or the id is already on this committee's books (checked under the candidate's
     * lock, so two clerks taking in the same person make one). The person is saved only once the transfer is decided,
     * and before the event, as for a source: never over a person already here.
     */
    public Outcome<CandidateTransferredIn> transferIn(ActorId by, NewTransfer transfer) {
        if (units.find(transfer.branch()).isEmpty()) {
            return Outcome.refused(unknownBranch(transfer.branch()));
        }
        CandidateId id = transfer.candidate();
        return recorder.recordLogged(id, by, () -> {
                    if (candidates.find(id).isPresent()) {
                        return Outcome.refused(alreadyRecorded(id));
                    }
                    Outcome<CandidateTransferredIn> decided = Candidate.transferIn(transfer);
                    if (decided instanceof Outcome.Accepted<CandidateTransferredIn>) {
                        people.save(id, transfer.person());
                    }
                    return decided;
                }, UnitEvent.CandidateStep::new,
                (transferred, logged) -> candidates.save(Candidate.from(transferred, by, placeOf(logged))));
    }

    public Optional<Outcome<SympathiserAdded>> addToSympathisers(ActorId by, CandidateId id, LocalDate addedOn, String resolutionNumber,
                                                                 MemberRef helper) {
        return step(by, id, candidate -> candidate.addToSympathisers(addedOn, resolutionNumber, helper));
    }

    public Optional<Outcome<SympathiserRemoved>> removeFromSympathisers(ActorId by, CandidateId id, LocalDate removedOn,
                                                                       String resolutionNumber) {
        return step(by, id, candidate -> candidate.removeFromSympathisers(removedOn, resolutionNumber));
    }

    public Optional<Outcome<AwarenessCertificateIssued>> recordCertificate(ActorId by, CandidateId id, String number, LocalDate issuedOn) {
        return step(by, id, candidate -> candidate.recordCertificate(number, issuedOn));
    }

    public Optional<Outcome<BackgroundVerified>> verifyBackground(ActorId by, CandidateId id, LocalDate startedOn, LocalDate concludedOn) {
        return step(by, id, candidate -> candidate.verifyBackground(startedOn, concludedOn, rules));
    }

    public Optional<Outcome<CandidateIntroduced>> introduce(ActorId by, CandidateId id, IntroductionRoute route,
                                                            List<Introducer> introducers, LocalDate introducedOn) {
        return withBirthDate(by, id, (candidate, bornOn) -> candidate.introduce(route, introducers, introducedOn, bornOn, rules));
    }

    public Optional<Outcome<AdmissionVoted>> voteOnAdmission(ActorId by, CandidateId id, BranchVote vote, LocalDate votedOn,
                                                             boolean provincialApproval) {
        return withBirthDate(by, id, (candidate, bornOn) ->
                candidate.voteOnAdmission(vote, votedOn, provincialApproval, bornOn, rules));
    }

    public Optional<Outcome<AdmissionProposed>> propose(ActorId by, CandidateId id, UnitCode proposedTo, LocalDate proposedOn) {
        return step(by, id, candidate -> candidate.propose(proposedTo, proposedOn));
    }

    public Optional<Outcome<AdmissionDecided>> decideAdmission(ActorId by, CandidateId id, CommitteeDecision decision) {
        return step(by, id, candidate -> candidate.decideAdmission(decision, rules));
    }

    /**
     * The ceremony; records the decision with it when it was not recorded before. The event carries the age in whole
     * years on the day, worked out here from the date of birth, which stays in {@link People}.
     */
    public Optional<Outcome<List<CandidateEvent>>> admit(ActorId by, CandidateId id, AdmissionDecision ceremony, boolean deadlineExtended) {
        OnTheBooks current = new OnTheBooks(id);
        return current.decided(() -> recorder.recordAllLogged(id, by,
                () -> current.read().decideAndAdmit(ceremony, deadlineExtended,
                        people.find(id).map(PersonalDetails::dateOfBirth).orElse(null), rules),
                UnitEvent.CandidateStep::new, (event, logged) -> current.save(event, by, placeOf(logged))));
    }

    public Optional<Outcome<NewMemberClassCompleted>> completeNewMemberClass(ActorId by, CandidateId id, LocalDate completedOn) {
        return step(by, id, candidate -> candidate.completeNewMemberClass(completedOn));
    }

    public Optional<Outcome<RecognitionVoted>> voteOnRecognition(ActorId by, CandidateId id, BranchVote vote, LocalDate votedOn) {
        return voteOnRecognition(by, id, vote, votedOn, null);
    }

    /** @param classWaivedReason why the member could not attend the new-member class (seed 004), or null */
    public Optional<Outcome<RecognitionVoted>> voteOnRecognition(ActorId by, CandidateId id, BranchVote vote, LocalDate votedOn,
                                                                 String classWaivedReason) {
        return step(by, id, candidate -> candidate.voteOnRecognition(vote, votedOn, classWaivedReason, rules));
    }

    public Optional<Outcome<CandidateRecognised>> recognise(ActorId by, CandidateId id, CommitteeDecision decision) {
        return step(by, id, candidate -> candidate.recognise(decision, rules));
    }

    public Optional<Outcome<CandidateExited>> exit(ActorId by, CandidateId id, ExitReason reason, LocalDate exitedOn, UnitCode movedTo) {
        return step(by, id, candidate -> candidate.exit(reason, exitedOn, movedTo));
    }

    /** New reporting attributes from {@code updatedOn}; the steps after carry them (see {@link Candidate#updateAttributes}). */
    public Optional<Outcome<CandidateAttributesUpdated>> updateAttributes(ActorId by, CandidateId id, LocalDate updatedOn,
                                                                          ReportingAttributes attributes) {
        return step(by, id, candidate -> candidate.updateAttributes(updatedOn, attributes));
    }

    /**
     * Corrects step {@code step} (from 1) of the candidate's history; empty when there is no such candidate or step.
     * A branch it moves to must be registered here. Who may correct for the old and the new branch is decided at the
     * edge, as for recording.
     */
    public Optional<Outcome<StepCorrected>> correct(ActorId by, CandidateId id, int step, StepChange change,
                                                    String reason) {
        if (change.branch() != null && units.find(change.branch()).isEmpty()) {
            return candidates.find(id).map(candidate -> Outcome.refused(unknownBranch(change.branch())));
        }
        return revise(by, id, step, candidate -> candidate.correct(step, change, reason,
                people.find(id).map(PersonalDetails::dateOfBirth).orElse(null), rules));
    }

    /** Voids step {@code step} (from 1), which must be the candidate's latest; empty when there is no such step. */
    public Optional<Outcome<StepVoided>> voidStep(ActorId by, CandidateId id, int step, String reason) {
        return revise(by, id, step, candidate -> candidate.voidStep(step, reason));
    }

    private <E extends StepRevised> Optional<Outcome<E>> revise(ActorId by, CandidateId id, int step,
                                                                Function<Candidate, Outcome<E>> decide) {
        Optional<Candidate> found = candidates.find(id);
        if (found.isEmpty() || step < 1 || step > found.get().history().size()) {
            return Optional.empty();
        }
        return Optional.of(recorder.recordLogged(id, by, () -> decide.apply(candidates.find(id).orElseThrow()),
                UnitEvent.CandidateRevision::new, (revised, logged) -> candidates.save(
                        candidates.find(id).orElseThrow().apply(revised, by, logged.recordedAt()))));
    }

    public Optional<Candidate> find(CandidateId id) {
        return candidates.find(id);
    }

    /** The candidate's personal data, which only the staff whose reach covers the candidate's branch may read. */
    public Optional<PersonalDetails> personOf(CandidateId id) {
        return people.find(id);
    }

    /**
     * What is overdue on {@code today} and what falls due by the coming Sunday, for each candidate still in the
     * pipeline in {@code reach}, earliest first, as the rules' {@link Deadlines} judge it. A deadline the holiday calendar cannot count
     * (a year not yet in {@code holidays-vn.csv}) leaves that candidate out and is logged, rather than failing the list.
     */
    public DueList dueOn(LocalDate today, Reach reach) {
        List<Due> overdue = new ArrayList<>();
        List<Due> dueThisWeek = new ArrayList<>();
        Deadlines deadlines = rules.deadlines();
        for (Candidate candidate : candidates.active(reach)) {
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
        return new DueList(today, overdue, dueThisWeek, recordedLate(reach, today));
    }

    /**
     * The committee's deadline list on one day.
     *
     * @param recordedLate steps recorded with a finding (after their deadline, a stale dossier…), latest first: what
     *                     was late, as opposed to what is still open
     */
    public record DueList(LocalDate today, List<Due> overdue, List<Due> dueThisWeek, List<Late> recordedLate) {
    }

    /** A step recorded with a finding, one line per finding. */
    public record Late(Candidate candidate, CandidateEvent step, Finding finding) {
    }

    /** One thing due for one candidate. */
    public record Due(Candidate candidate, DueItem item) {
    }

    /** Within the year before {@code today}: the list is for the committee's current work, not its archive. */
    private List<Late> recordedLate(Reach reach, LocalDate today) {
        LocalDate since = today.minusYears(1);
        List<Late> late = new ArrayList<>();
        for (Candidate candidate : candidates.inReach(reach)) {
            for (CandidateEvent step : candidate.events()) {
                if (!step.occurredOn().isBefore(since)) {
                    step.findings().forEach(finding -> late.add(new Late(candidate, step, finding)));
                }
            }
        }
        late.sort(Comparator.comparing((Late line) -> line.step().occurredOn()).reversed());
        return late;
    }

    private <E extends CandidateEvent> Optional<Outcome<E>> step(ActorId by, CandidateId id,
                                                                 Function<Candidate, Outcome<E>> decide) {
        OnTheBooks current = new OnTheBooks(id);
        return current.decided(() -> recorder.recordLogged(id, by, () -> decide.apply(current.read()),
                UnitEvent.CandidateStep::new, (event, logged) -> current.save(event, by, placeOf(logged))));
    }

    /**
     * The candidate a step is about, read once under the step's lock and carried from the decision to the projection:
     * no one else writes it in between ({@link Recorder}), so reading it again, as a step once did three times, would
     * only cost the store's round trips. A candidate not on the books ends the step before anything is decided.
     */
    private final class OnTheBooks {

        private final CandidateId id;
        private Candidate candidate;

        OnTheBooks(CandidateId id) {
            this.id = id;
        }

        Candidate read() {
            candidate = candidates.find(id).orElseThrow(NotOnTheBooks::new);
            return candidate;
        }

        void save(CandidateEvent event, ActorId by, LogPlace place) {
            candidate = candidate.apply(event, by, place);
            candidates.save(candidate);
        }

        /** Empty when the candidate is not on the books. */
        <T> Optional<T> decided(Supplier<T> step) {
            try {
                return Optional.of(step.get());
            } catch (NotOnTheBooks absent) {
                return Optional.empty();
            }
        }
    }

    /** Thrown from a step's decision when its candidate is not on the books; never leaves {@link OnTheBooks}. */
    private static final class NotOnTheBooks extends RuntimeException {

        NotOnTheBooks() {
            super(null, null, false, false);
        }
    }

    private static LogPlace placeOf(LoggedEvent logged) {
        return new LogPlace(logged.id().value(), logged.sequence());
    }

    private <E extends CandidateEvent> Optional<Outcome<E>> withBirthDate(ActorId by, CandidateId id,
                                                                          BiFunction<Candidate, LocalDate, Outcome<E>> decide) {
        return step(by, id, candidate -> decide.apply(candidate, people.find(id).map(PersonalDetails::dateOfBirth)
                .orElseThrow(() -> new IllegalStateException("No personal details for candidate " + id))));
    }

    private static RuleViolation alreadyRecorded(CandidateId id) {
        return RuleViolation.of(RuleCode.CANDIDATE_ALREADY_RECORDED, "candidateId", RuleViolation.values("candidateId", id),
                Bilingual.of("Mã " + id + " đã có trong sổ của đảng ủy này; người này đã được nhận hoặc xác định ở đây.",
                        "The id " + id + " is already on this committee's books; the candidate was taken in or identified here."),
                Bilingual.of("Kiểm tra lại mã chuyển do đảng ủy chuyển đi cung cấp, hoặc mở hồ sơ đã có.",
                        "Check the transfer id the sending committee gave, or open the candidate already recorded."));
    }

    private static RuleViolation unknownBranch(UnitCode branch) {
        return RuleViolation.of(RuleCode.BRANCH_UNKNOWN, "branchCode", RuleViolation.values("branchCode", branch),
                Bilingual.of("Chi bộ " + branch + " chưa được đăng ký ở đảng ủy này.",
                        "Branch " + branch + " is not registered with this committee."),
                Bilingual.of("Hãy đăng ký chi bộ trước.", "Have the committee register it first."));
    }
}
