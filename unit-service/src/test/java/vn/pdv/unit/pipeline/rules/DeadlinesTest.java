package vn.pdv.unit.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.pdv.unit.pipeline.rules.RuleSettingsFixture.defaultSettings;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.pdv.common.workingdays.WorkingDayCalendar;
import vn.pdv.unit.decision.Bilingual;

class DeadlinesTest {

    private final Deadlines deadlines = new Deadlines(defaultSettings(), WorkingDayCalendar.vietnam());

    @Test
    void beforeTheVoteTheBranchMustActWhileCertificateAndDossierAreValid() {
        CandidateMilestones waiting = CandidateMilestones.none()
                .withCertificateIssuedOn(LocalDate.of(2021, 9, 1))
                .withDossierPreparedOn(LocalDate.of(2026, 5, 4));

        assertThat(deadlines.dueFor(waiting))
                .extracting(DueItem::kind, DueItem::dueBy)
                .as("earliest first")
                .containsExactly(
                        tuple(DueItem.Kind.CONSIDER_BEFORE_CERTIFICATE_EXPIRES, LocalDate.of(2026, 9, 1)),
                        tuple(DueItem.Kind.CONSIDER_BEFORE_DOSSIER_STALE, LocalDate.of(2027, 5, 4)));
    }

    @Test
    void afterTheVoteTheDecisionIsDue() {
        CandidateMilestones voted = CandidateMilestones.none().withBranchResolutionOn(LocalDate.of(2026, 1, 5));

        assertThat(deadlines.dueFor(voted)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(DueItem.Kind.ADMISSION_DECISION);
            assertThat(item.dueBy()).isEqualTo(LocalDate.of(2026, 4, 3));
            assertThat(item.description().vi()).contains("03/04/2026");
        });
        assertThat(deadlines.dueFor(voted.withDecisionExtended())).singleElement()
                .extracting(DueItem::dueBy).isEqualTo(LocalDate.of(2026, 5, 20));
    }

    @Test
    void listsTheDecisionAsDueThisWeekThenOverdue() {
        CandidateMilestones voted = CandidateMilestones.none().withBranchResolutionOn(LocalDate.of(2026, 1, 5));

        assertThat(deadlines.dueThisWeek(voted, LocalDate.of(2026, 3, 29))).isEmpty();
        assertThat(deadlines.dueThisWeek(voted, LocalDate.of(2026, 3, 30))).hasSize(1);
        assertThat(deadlines.overdueOn(voted, LocalDate.of(2026, 4, 3))).isEmpty();
        assertThat(deadlines.overdueOn(voted, LocalDate.of(2026, 4, 4))).extracting(DueItem::kind)
                .containsExactly(DueItem.Kind.ADMISSION_DECISION);
    }

    @Test
    void dueThisWeekMeansFromTodayToSunday() {
        DueItem item = new DueItem(DueItem.Kind.ADMISSION_CEREMONY, LocalDate.of(2026, 11, 29), Bilingual.of("x", "x"));

        assertThat(item.urgencyOn(LocalDate.of(2026, 11, 23))).isEqualTo(DueItem.Urgency.DUE_THIS_WEEK);
        assertThat(item.urgencyOn(LocalDate.of(2026, 11, 22))).isEqualTo(DueItem.Urgency.LATER);
        assertThat(item.urgencyOn(LocalDate.of(2026, 11, 30))).isEqualTo(DueItem.Urgency.OVERDUE);
    }

    @Test
    void followsTheCandidateThroughCeremonyProbationAndRecognition() {
        CandidateMilestones decided = CandidateMilestones.none()
                .withBranchResolutionOn(LocalDate.of(2025, 11, 3))
                .withDecidedOn(LocalDate.of(2026, 1, 19));
        assertThat(deadlines.dueFor(decided)).extracting(DueItem::kind, DueItem::dueBy)
                .containsExactly(tuple(DueItem.Kind.ADMISSION_CEREMONY, LocalDate.of(2026, 3, 9)));

        CandidateMilestones admitted = decided.withAdmittedOn(LocalDate.of(2025, 5, 19));
        assertThat(deadlines.dueFor(admitted)).extracting(DueItem::kind, DueItem::dueBy)
                .containsExactly(tuple(DueItem.Kind.RECOGNITION_CONSIDERATION, LocalDate.of(2026, 6, 30)));

        CandidateMilestones recognitionVoted = admitted.withRecognitionResolutionOn(LocalDate.of(2026, 6, 30));
        assertThat(deadlines.dueFor(recognitionVoted)).extracting(DueItem::kind, DueItem::dueBy)
                .containsExactly(tuple(DueItem.Kind.RECOGNITION_DECISION, LocalDate.of(2026, 8, 11)));
        assertThat(deadlines.dueFor(recognitionVoted.withRecognitionDecisionExtended())).extracting(DueItem::dueBy)
                .containsExactly(LocalDate.of(2026, 9, 24));

        assertThat(deadlines.dueFor(recognitionVoted.withRecognisedOn(LocalDate.of(2026, 7, 20)))).isEmpty();
    }

    @Test
    void aCandidateWhoLeftHasNothingDue() {
        CandidateMilestones left = CandidateMilestones.none()
                .withBranchResolutionOn(LocalDate.of(2026, 1, 5))
                .withExitedOn(LocalDate.of(2026, 2, 1));

        assertThat(deadlines.dueFor(left)).isEmpty();
    }
}
