package vn.pdv.unit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.pdv.unit.Outcome;
import vn.pdv.unit.organisation.UnitCode;

class CandidateTest {

    private static final UnitCode BRANCH = new UnitCode("DUK-01-KN");
    private static final UnitCode COMMITTEE = new UnitCode("DUK");

    @Test
    void admittingASourceYieldsCandidateAdmittedWithItsAttributes() {
        Candidate source = aSource(LocalDate.of(2024, 1, 10));
        var decision = new AdmissionDecision(COMMITTEE, "125-QĐ/ĐUK", LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 19), false);

        Outcome<CandidateAdmitted> outcome = source.admit(decision);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Accepted.class, accepted -> {
            CandidateAdmitted admitted = (CandidateAdmitted) accepted.event();
            assertThat(admitted.candidate()).isEqualTo(source.id());
            assertThat(admitted.branch()).isEqualTo(BRANCH);
            assertThat(admitted.occurredOn()).isEqualTo(LocalDate.of(2024, 5, 19));
            assertThat(admitted.attributes()).isEqualTo(source.attributes());
        });
    }

    @Test
    void refusesToAdmitTheSamePersonTwice() {
        var decision = new AdmissionDecision(COMMITTEE, "125-QĐ/ĐUK", LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 19), false);
        Candidate source = aSource(LocalDate.of(2024, 1, 10));
        Candidate admitted = source.apply((CandidateAdmitted) ((Outcome.Accepted<?>) source.admit(decision)).event());

        assertThat(admitted.admit(decision)).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.refusal().rule()).isEqualTo("ALREADY_ADMITTED"));
    }

    @Test
    void refusesACeremonyBeforeTheDecision() {
        var decision = new AdmissionDecision(COMMITTEE, "125-QĐ/ĐUK", LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1), false);

        assertThat(aSource(LocalDate.of(2024, 1, 10)).admit(decision)).isInstanceOfSatisfying(Outcome.Refused.class, refused -> {
            assertThat(refused.refusal().rule()).isEqualTo("CEREMONY_BEFORE_DECISION");
            assertThat(refused.refusal().field()).isEqualTo("admittedOn");
            assertThat(refused.refusal().messageVi()).contains("2024-05-01", "2024-05-02");
            assertThat(refused.refusal().messageEn()).contains("cannot precede");
        });
    }

    @Test
    void refusesADecisionBeforeThePersonWasASource() {
        var decision = new AdmissionDecision(COMMITTEE, "125-QĐ/ĐUK", LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 20), false);

        assertThat(aSource(LocalDate.of(2024, 1, 10)).admit(decision)).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.refusal().rule()).isEqualTo("DECISION_BEFORE_SOURCE"));
    }

    private static Candidate aSource(LocalDate identifiedOn) {
        var attributes = new ReportingAttributes(Gender.FEMALE, 2000, false, false, true, false, "12/12", "university", "public servant");
        return Candidate.from(new SourceCreated(CandidateId.random(), BRANCH, IntroducingOrganisation.YOUTH_UNION,
                identifiedOn, attributes));
    }
}
