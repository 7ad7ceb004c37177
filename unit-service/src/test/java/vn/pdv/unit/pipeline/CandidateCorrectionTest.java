package vn.pdv.unit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.pipeline.CandidateFixture.ADMITTED_ON;
import static vn.pdv.unit.pipeline.CandidateFixture.BORN;
import static vn.pdv.unit.pipeline.CandidateFixture.CLERK;
import static vn.pdv.unit.pipeline.CandidateFixture.DECIDED_ON;
import static vn.pdv.unit.pipeline.CandidateFixture.RULES;
import static vn.pdv.unit.pipeline.CandidateFixture.aCeremony;
import static vn.pdv.unit.pipeline.CandidateFixture.accepted;
import static vn.pdv.unit.pipeline.CandidateFixture.at;
import static vn.pdv.unit.pipeline.CandidateFixture.refused;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.organisation.UnitCode;

/**
 * Corrections and voids of recorded steps: the corrected step decided again under the pipeline's rules, the void of
 * the latest step only, and the history keeping the step as first recorded with what changed, who, when and why.
 */
class CandidateCorrectionTest {

    /** Step 9 of the standard timeline: the ceremony (source, list, certificate, verification, introductions, vote,
     *  proposal, decision, ceremony). */
    private static final int CEREMONY = 9;
    private static final int DECISION = 8;
    private static final ActorId SECRETARY = new ActorId("0b7e2a55-9d7c-4a51-b0f5-5b6a3f1e7c20");
    private static final Instant NOW = Instant.parse("2024-06-03T02:00:00Z");

    @Test
    void movesTheCeremonyToTheDayItHappenedAndKeepsTheStepAsFirstRecorded() {
        Candidate member = at(Stage.PROBATIONARY_MEMBER);
        LocalDate really = ADMITTED_ON.plusDays(3);

        var corrected = accepted(member.correct(CEREMONY, new StepChange(really, null, null), "nhập nhầm ngày", BORN, RULES));
        Candidate after = member.apply(corrected, SECRETARY, NOW);

        assertThat(corrected.before().occurredOn()).isEqualTo(ADMITTED_ON);
        assertThat(corrected.after().occurredOn()).isEqualTo(really);
        assertThat(after.admittedOn()).contains(really);
        assertThat(after.stage()).isEqualTo(Stage.PROBATIONARY_MEMBER);
        RecordedStep step = after.history().get(CEREMONY - 1);
        assertThat(step.corrected()).isTrue();
        assertThat(step.voided()).isFalse();
        assertThat(step.recordedBy()).isEqualTo(CLERK);
        var revision = (StepRevision.Corrected) step.revisions().getFirst();
        assertThat(revision.before().occurredOn()).isEqualTo(ADMITTED_ON);
        assertThat(revision.by()).isEqualTo(SECRETARY);
        assertThat(revision.at()).isEqualTo(NOW);
        assertThat(revision.reason()).isEqualTo("nhập nhầm ngày");
        assertThat(revision.changes()).containsExactly(
                new StepRevision.Change("effectiveOn", ADMITTED_ON.toString(), really.toString()));
    }

    @Test
    void refusesACorrectedCeremonyBeforeTheDecisionAsRecordingItWouldBe() {
        var violation = refused(at(Stage.PROBATIONARY_MEMBER).correct(CEREMONY,
                new StepChange(DECIDED_ON.minusDays(1), null, null), "sửa", BORN, RULES), RuleCode.STEP_OUT_OF_ORDER);

        assertThat(violation.field()).isEqualTo("admittedOn");
    }

    @Test
    void recordsAFindingWhenTheCorrectedCeremonyIsPastItsDeadline() {
        var corrected = accepted(at(Stage.PROBATIONARY_MEMBER).correct(CEREMONY,
                new StepChange(DECIDED_ON.plusMonths(3), null, null), "lễ kết nạp tổ chức muộn", BORN, RULES));

        assertThat(corrected.after().findings()).extracting(Finding::code).containsExactly(RuleCode.CEREMONY_DEADLINE);
        assertThat(corrected.before().findings()).isEmpty();
    }

    @Test
    void refusesMovingADecisionPastTheCeremonyThatFollowsIt() {
        var violation = refused(at(Stage.PROBATIONARY_MEMBER).correct(DECISION,
                new StepChange(ADMITTED_ON.plusDays(1), null, null), "sửa", BORN, RULES), RuleCode.STEP_OUT_OF_ORDER);

        assertThat(violation.field()).isEqualTo("effectiveOn");
        assertThat(violation.values()).containsEntry("nextStepOn", ADMITTED_ON.toString());
    }

    @Test
    void correctsTheNumberOfTheAdmissionDecision() {
        Candidate member = at(Stage.ADMISSION_DECIDED);

        var corrected = accepted(member.correct(DECISION, new StepChange(null, null, "126-QĐ/ĐUK"), "số sai", BORN, RULES));

        assertThat(((AdmissionDecided) corrected.after()).decision().number()).isEqualTo("126-QĐ/ĐUK");
        assertThat(new StepRevision.Corrected(corrected.before(), corrected.after(), SECRETARY, NOW, "số sai").changes())
                .containsExactly(new StepRevision.Change("decisionNumber", "125-QĐ/ĐUK", "126-QĐ/ĐUK"));
    }

    @Test
    void refusesACorrectionThatChangesNothing() {
        refused(at(Stage.PROBATIONARY_MEMBER).correct(CEREMONY, new StepChange(ADMITTED_ON, null, null), "sửa", BORN,
                RULES), RuleCode.CORRECTION_NOT_APPLICABLE);
    }

    @Test
    void refusesADecisionNumberOnAStepThatHasNone() {
        var violation = refused(at(Stage.NEW_MEMBER_CLASS_COMPLETED).correct(10,
                new StepChange(null, null, "1-QĐ"), "sửa", BORN, RULES), RuleCode.CORRECTION_NOT_APPLICABLE);

        assertThat(violation.field()).isEqualTo("decisionNumber");
    }

    @Test
    void movesTheSourceToAnotherBranchAndTheCandidateWithIt() {
        Candidate source = at(Stage.SOURCE);
        UnitCode other = new UnitCode("DUK-01-KT");

        var corrected = accepted(source.correct(1, new StepChange(null, other, null), "nhầm chi bộ", BORN, RULES));
        Candidate after = source.apply(corrected, SECRETARY, NOW);

        assertThat(corrected.after().branch()).isEqualTo(other);
        assertThat(after.branch()).isEqualTo(other);
        assertThat(accepted(after.addToSympathisers(CandidateFixture.LISTED, "05-NQ/CB",
                new vn.pdv.unit.pipeline.rules.MemberRef("M-007"))).branch()).isEqualTo(other);
    }

    @Test
    void voidsTheLatestStepAndTheCandidateIsBackAtTheStageBefore() {
        Candidate member = at(Stage.PROBATIONARY_MEMBER);

        var voided = accepted(member.voidStep(CEREMONY, "ghi nhầm người"));
        Candidate after = member.apply(voided, SECRETARY, NOW);

        assertThat(voided.stageNow()).isEqualTo(Stage.ADMISSION_DECIDED);
        assertThat(after.stage()).isEqualTo(Stage.ADMISSION_DECIDED);
        assertThat(after.admittedOn()).isEmpty();
        assertThat(after.history()).hasSize(CEREMONY);
        assertThat(after.history().getLast().voided()).isTrue();
        assertThat(after.history().getLast().event()).isEqualTo(voided.voided());
        assertThat(after.events()).hasSize(CEREMONY - 1);
        assertThat(accepted(after.admit(aCeremony(ADMITTED_ON.plusDays(7)), RULES)).occurredOn())
                .isEqualTo(ADMITTED_ON.plusDays(7));
    }

    @Test
    void refusesVoidingAStepOtherThanTheLatest() {
        var violation = refused(at(Stage.PROBATIONARY_MEMBER).voidStep(DECISION, "sửa"), RuleCode.STEP_NOT_LATEST);

        assertThat(violation.values()).containsEntry("latestStep", String.valueOf(CEREMONY));
    }

    @Test
    void refusesVoidingTheSourceStep() {
        refused(at(Stage.SOURCE).voidStep(1, "sửa"), RuleCode.CORRECTION_NOT_APPLICABLE);
    }

    @Test
    void refusesCorrectingAVoidedStep() {
        Candidate member = at(Stage.PROBATIONARY_MEMBER);
        Candidate after = member.apply(accepted(member.voidStep(CEREMONY, "nhầm")), SECRETARY, NOW);

        refused(after.correct(CEREMONY, new StepChange(ADMITTED_ON.plusDays(1), null, null), "sửa", BORN, RULES),
                RuleCode.CORRECTION_NOT_APPLICABLE);
    }
}
