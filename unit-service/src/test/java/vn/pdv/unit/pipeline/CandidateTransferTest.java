package vn.pdv.unit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.pipeline.CandidateFixture.ADMITTED_ON;
import static vn.pdv.unit.pipeline.CandidateFixture.BORN;
import static vn.pdv.unit.pipeline.CandidateFixture.BRANCH;
import static vn.pdv.unit.pipeline.CandidateFixture.CLASS_ON;
import static vn.pdv.unit.pipeline.CandidateFixture.CLERK;
import static vn.pdv.unit.pipeline.CandidateFixture.COMMITTEE;
import static vn.pdv.unit.pipeline.CandidateFixture.DECIDED_ON;
import static vn.pdv.unit.pipeline.CandidateFixture.LISTED;
import static vn.pdv.unit.pipeline.CandidateFixture.RULES;
import static vn.pdv.unit.pipeline.CandidateFixture.VOTED_ON;
import static vn.pdv.unit.pipeline.CandidateFixture.aCeremony;
import static vn.pdv.unit.pipeline.CandidateFixture.aVote;
import static vn.pdv.unit.pipeline.CandidateFixture.accepted;
import static vn.pdv.unit.pipeline.CandidateFixture.anAdmissionDecision;
import static vn.pdv.unit.pipeline.CandidateFixture.recordedWithFinding;
import static vn.pdv.unit.pipeline.CandidateFixture.refused;
import static vn.pdv.unit.pipeline.CandidateFixture.then;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.organisation.UnitCode;

/** Issue 13: a candidate taken in from another committee, at the stage reached there, goes on under the same rules. */
class CandidateTransferTest {

    private static final UnitCode SENDER = new UnitCode("DUK-26");
    private static final CandidateId THEIR_ID = new CandidateId("5b0f6a2e-7c1d-4d84-9a61-3f2b8e0c9d17");
    private static final PersonalDetails PERSON = new PersonalDetails("Lò Thị Mai", BORN, "001200012345", null, null);
    private static final ReportingAttributes ATTRIBUTES = new ReportingAttributes(Gender.FEMALE, BORN.getYear(), true,
            false, true, false, "12/12", "university", "teacher");

    private static NewTransfer transfer(Stage stage, LocalDate on, TransferFacts facts) {
        return new NewTransfer(SENDER, THEIR_ID, BRANCH, on, stage, facts, PERSON, ATTRIBUTES);
    }

    private static Candidate takenIn(NewTransfer transfer) {
        return Candidate.from(accepted(Candidate.transferIn(transfer)), CLERK, null);
    }

    @Test
    void aSympathiserTakenInKeepsTheirIdAndTheDayTheyWereListed() {
        LocalDate on = LISTED.plusDays(20);
        var sympathiser = new TransferFacts(LISTED, null, null, null, null, null, null);

        Candidate candidate = takenIn(transfer(Stage.SYMPATHISER, on, sympathiser));
        Candidate certified = then(candidate, candidate.recordCertificate("GCN-2024-7", on.plusDays(3)));
        Candidate verified = then(certified, certified.verifyBackground(on.plusDays(4), on.plusDays(20), RULES));

        assertThat(candidate.id()).isEqualTo(THEIR_ID);
        assertThat(candidate.stage()).isEqualTo(Stage.SYMPATHISER);
        assertThat(candidate.branch()).isEqualTo(BRANCH);
        assertThat(candidate.sympathiserSince()).contains(LISTED);
        assertThat(candidate.history()).hasSize(1);
        assertThat(candidate.transferredIn()).get().extracting(CandidateTransferredIn::fromCommittee).isEqualTo(SENDER);
        assertThat(verified.stage()).isEqualTo(Stage.VERIFIED);
        refused(candidate.addToSympathisers(on, "01-NQ/CB", null), RuleCode.STEP_NOT_ALLOWED);
        refused(candidate.exit(ExitReason.OTHER, on.minusDays(1), null), RuleCode.STEP_OUT_OF_ORDER);
    }

    @Test
    void theCeremonyMustCarryOutTheDecisionTakenAtTheSendingCommitteeWithinItsDeadline() {
        var decided = new TransferFacts(null, null, null, null, anAdmissionDecision(), null, null);
        Candidate candidate = takenIn(transfer(Stage.ADMISSION_DECIDED, DECIDED_ON.plusDays(5), decided));

        var other = new AdmissionDecision(COMMITTEE, "999-QĐ/ĐUK", DECIDED_ON, ADMITTED_ON, false);
        refused(candidate.admit(other, RULES), RuleCode.DECISION_MISMATCH);
        assertThat(accepted(candidate.admit(aCeremony(ADMITTED_ON), RULES)).decision().admittedOn())
                .isEqualTo(ADMITTED_ON);
        recordedWithFinding(candidate.admit(aCeremony(DECIDED_ON.plusMonths(6)), RULES), RuleCode.CEREMONY_DEADLINE);
    }

    @Test
    void aProbationaryMemberTakenInServesTheProbationFromTheirAdmissionDay() {
        var admitted = new TransferFacts(null, null, null, null, null, ADMITTED_ON, null);
        Candidate candidate = takenIn(transfer(Stage.PROBATIONARY_MEMBER, ADMITTED_ON.plusMonths(2), admitted));
        Candidate trained = then(candidate, candidate.completeNewMemberClass(CLASS_ON.plusMonths(1)));

        refused(trained.voteOnRecognition(aVote(), ADMITTED_ON.plusMonths(11), RULES), RuleCode.PROBATION_NOT_COMPLETED);
        assertThat(accepted(trained.voteOnRecognition(aVote(), ADMITTED_ON.plusMonths(12).plusDays(3), RULES)))
                .isNotNull();
        assertThat(candidate.admittedOn()).contains(ADMITTED_ON);
    }

    @Test
    void refusesATransferWithoutTheDatesItsStageImpliesOrWithThemOutOfOrder() {
        LocalDate on = VOTED_ON.plusDays(30);

        var missing = refused(Candidate.transferIn(transfer(Stage.INTRODUCED, on, new TransferFacts(null, null,
                VOTED_ON, null, null, null, null))), RuleCode.TRANSFER_DATE_MISSING);
        var backwards = refused(Candidate.transferIn(transfer(Stage.BRANCH_VOTED, VOTED_ON.minusDays(1),
                new TransferFacts(null, null, null, VOTED_ON, null, null, null))), RuleCode.STEP_OUT_OF_ORDER);
        var gone = refused(Candidate.transferIn(transfer(Stage.OFFICIAL_MEMBER, on, TransferFacts.none())),
                RuleCode.STEP_NOT_ALLOWED);

        assertThat(missing.field()).isEqualTo("certificateIssuedOn");
        assertThat(backwards.field()).isEqualTo("transferredOn");
        assertThat(gone.field()).isEqualTo("stage");
    }

    @Test
    void keepsOnlyTheDatesItsStageImpliesAndCannotBeCorrectedOrVoided() {
        var everything = new TransferFacts(LISTED, LISTED.plusDays(10), VOTED_ON.minusDays(9), VOTED_ON,
                anAdmissionDecision(), ADMITTED_ON, null);
        Candidate candidate = takenIn(transfer(Stage.BRANCH_VOTED, VOTED_ON.plusDays(2), everything));

        assertThat(candidate.transferredIn().orElseThrow().facts())
                .isEqualTo(new TransferFacts(null, null, null, VOTED_ON, null, null, null));
        refused(candidate.voidStep(1, "nhầm"), RuleCode.CORRECTION_NOT_APPLICABLE);
        refused(candidate.correct(1, new StepChange(VOTED_ON.plusDays(3), null, null), "nhầm", BORN, RULES),
                RuleCode.CORRECTION_NOT_APPLICABLE);
    }
}
