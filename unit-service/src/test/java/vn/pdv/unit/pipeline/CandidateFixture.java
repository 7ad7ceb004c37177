package vn.pdv.unit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static vn.pdv.unit.pipeline.rules.RuleSettingsFixture.defaultSettings;

import java.time.LocalDate;
import java.util.List;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.rules.BranchVote;
import vn.pdv.unit.pipeline.rules.Introducer;
import vn.pdv.unit.pipeline.rules.MemberRef;
import vn.pdv.unit.pipeline.rules.PartyStanding;
import vn.pdv.common.workingdays.WorkingDayCalendar;

/**
 * One candidate walked through the pipeline on a timeline that keeps every rule, so a test changes only the date or
 * count it is about. Born 12/04/2000, a youth-union and trade-union member, in branch DUK-01-KN.
 */
public final class CandidateFixture {

    static final UnitCode BRANCH = new UnitCode("DUK-01-KN");
    static final UnitCode COMMITTEE = new UnitCode("DUK");
    static final LocalDate BORN = LocalDate.of(2000, 4, 12);
    static final LocalDate IDENTIFIED = LocalDate.of(2024, 2, 1);
    static final LocalDate LISTED = LocalDate.of(2024, 2, 15);
    static final LocalDate CERTIFIED_ON = LocalDate.of(2024, 3, 1);
    static final LocalDate VERIFICATION_STARTED = LocalDate.of(2024, 3, 5);
    static final LocalDate VERIFIED_ON = LocalDate.of(2024, 3, 25);
    static final LocalDate INTRODUCED_ON = LocalDate.of(2024, 4, 1);
    static final LocalDate VOTED_ON = LocalDate.of(2024, 4, 10);
    static final LocalDate PROPOSED_ON = LocalDate.of(2024, 4, 15);
    static final LocalDate DECIDED_ON = LocalDate.of(2024, 5, 2);
    public static final LocalDate ADMITTED_ON = LocalDate.of(2024, 5, 20);
    static final LocalDate CLASS_ON = LocalDate.of(2024, 8, 20);
    static final LocalDate RECOGNITION_VOTED_ON = LocalDate.of(2025, 5, 26);
    static final LocalDate RECOGNISED_ON = LocalDate.of(2025, 6, 5);

    /** The committee clerk who records every step of the fixture's candidates. */
    public static final ActorId CLERK = new ActorId("94dad364-3581-4cce-8c7d-21b8f1e26a34");

    public static final PipelineRules RULES = new PipelineRules(defaultSettings(), WorkingDayCalendar.vietnam());

    private CandidateFixture() {
    }

    static Candidate aSource() {
        var attributes = new ReportingAttributes(Gender.FEMALE, BORN.getYear(), false, false, true, true, "12/12",
                "university", "public servant");
        return Candidate.from(new SourceCreated(CandidateId.random(), BRANCH, IntroducingOrganisation.YOUTH_UNION,
                IDENTIFIED, attributes), CLERK);
    }

    /** A candidate who has just reached {@code stage} on the standard timeline. */
    public static Candidate at(Stage stage) {
        Candidate candidate = aSource();
        while (candidate.stage() != stage) {
            candidate = next(candidate);
        }
        return candidate;
    }

    private static Candidate next(Candidate c) {
        return switch (c.stage()) {
            case SOURCE -> then(c, c.addToSympathisers(LISTED, "05-NQ/CB", new MemberRef("M-007")));
            case SYMPATHISER -> then(c, c.recordCertificate("GCN-2024-118", CERTIFIED_ON));
            case CERTIFIED -> then(c, c.verifyBackground(VERIFICATION_STARTED, VERIFIED_ON, RULES));
            case VERIFIED -> then(c, c.introduce(IntroductionRoute.MEMBER_AND_YOUTH_UNION_COMMITTEE,
                    List.of(official("M-001")), INTRODUCED_ON, BORN, RULES));
            case INTRODUCED -> then(c, c.voteOnAdmission(aVote(), VOTED_ON, false, BORN, RULES));
            case BRANCH_VOTED -> then(c, c.propose(COMMITTEE, PROPOSED_ON));
            case PROPOSED -> then(c, c.decideAdmission(anAdmissionDecision(), RULES));
            case ADMISSION_DECIDED -> then(c, c.admit(aCeremony(ADMITTED_ON), RULES));
            case PROBATIONARY_MEMBER -> then(c, c.completeNewMemberClass(CLASS_ON));
            case NEW_MEMBER_CLASS_COMPLETED -> then(c, c.voteOnRecognition(aVote(), RECOGNITION_VOTED_ON, RULES));
            case RECOGNITION_VOTED -> then(c, c.recognise(aRecognitionDecision(RECOGNISED_ON, false), RULES));
            case OFFICIAL_MEMBER, EXITED -> throw new IllegalStateException("nothing follows " + c.stage());
        };
    }

    static <E extends CandidateEvent> Candidate then(Candidate candidate, Outcome<E> outcome) {
        return candidate.apply(accepted(outcome), CLERK);
    }

    static BranchVote aVote() {
        return new BranchVote(15, 14, 13, 1);
    }

    static Introducer official(String member) {
        return new Introducer(new MemberRef(member), PartyStanding.OFFICIAL, LocalDate.of(2021, 9, 1));
    }

    static CommitteeDecision anAdmissionDecision() {
        return anAdmissionDecision(DECIDED_ON, false);
    }

    static CommitteeDecision anAdmissionDecision(LocalDate on, boolean extended) {
        return new CommitteeDecision(COMMITTEE, "125-QĐ/ĐUK", on, extended);
    }

    public static AdmissionDecision aCeremony(LocalDate admittedOn) {
        return new AdmissionDecision(COMMITTEE, "125-QĐ/ĐUK", DECIDED_ON, admittedOn, false);
    }

    static CommitteeDecision aRecognitionDecision(LocalDate on, boolean extended) {
        return new CommitteeDecision(COMMITTEE, "45-QĐ/ĐUK", on, extended);
    }

    static <E> E accepted(Outcome<E> outcome) {
        if (outcome instanceof Outcome.Accepted<E>(E event)) {
            return event;
        }
        return fail("expected the step to be accepted, but it was refused: " + ((Outcome.Refused<E>) outcome).violations());
    }

    /**
     * The finding of {@code rule} on the step, which was recorded nonetheless; for a step yielding several events (the
     * decision with the ceremony) the finding may be on any of them.
     */
    static Finding recordedWithFinding(Outcome<?> outcome, RuleCode rule) {
        Object accepted = accepted(outcome);
        List<?> events = accepted instanceof List<?> several ? several : List.of(accepted);
        List<Finding> findings = events.stream().flatMap(event -> ((CandidateEvent) event).findings().stream()).toList();
        assertThat(findings).extracting(Finding::code).contains(rule);
        Finding finding = findings.stream().filter(f -> f.code() == rule).findFirst().orElseThrow();
        assertThat(finding.message().vi()).isNotBlank();
        assertThat(finding.message().en()).isNotBlank();
        return finding;
    }

    /** The violation of {@code rule} among those the step was refused for. */
    static RuleViolation refused(Outcome<?> outcome, RuleCode rule) {
        assertThat(outcome).as("refused outcome").isInstanceOf(Outcome.Refused.class);
        List<RuleViolation> violations = ((Outcome.Refused<?>) outcome).violations();
        assertThat(violations).extracting(RuleViolation::code).contains(rule);
        RuleViolation violation = violations.stream().filter(v -> v.code() == rule).findFirst().orElseThrow();
        assertThat(violation.message().vi()).isNotBlank();
        assertThat(violation.message().en()).isNotBlank();
        assertThat(violation.fix().vi()).isNotBlank();
        assertThat(violation.fix().en()).isNotBlank();
        return violation;
    }
}
