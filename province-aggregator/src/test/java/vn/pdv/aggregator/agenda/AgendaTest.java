package vn.pdv.aggregator.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.common.workingdays.WorkingDayCalendar;

/**
 * The deadline and overdue judgement, in plain JUnit over the shipped Vietnamese calendar, with the dates the unit
 * service's DeadlineRulesTest checks its own rules on: one rule, counted the same way at both ends.
 */
class AgendaTest {

    private static final UnitCode BRANCH = new UnitCode("DUK-01-CB1");
    private static final LocalDate RESOLUTION = LocalDate.of(2026, 1, 5);

    private final DecisionDeadlines deadlines = DecisionDeadlines.standard(WorkingDayCalendar.vietnam());

    @Test
    void anAdmissionIsDueSixtyWorkingDaysAfterTheBranchResolutionNotAfterTheProposal() {
        AgendaItem item = deadlines.judge(admission("a", RESOLUTION, LocalDate.of(2026, 1, 20)), LocalDate.of(2026, 2, 1));

        assertThat(item.reachedOn()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(item.dueBy()).as("Tết 16–20/2 not counted").isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(item.dueByIfExtended()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(item.overdue()).isFalse();
        assertThat(item.daysOverdue()).isZero();
    }

    @Test
    void aDecisionOnTheDeadlineItselfIsInTime() {
        assertThat(deadlines.judge(admission("a", RESOLUTION, RESOLUTION), LocalDate.of(2026, 4, 3)).overdue()).isFalse();
    }

    @Test
    void isOverdueFromTheDayAfterTheDeadlineEvenOnAWeekendAndCountsTheDaysAndWorkingDaysPast() {
        AgendaItem saturday = deadlines.judge(admission("a", RESOLUTION, RESOLUTION), LocalDate.of(2026, 4, 4));
        AgendaItem monday = deadlines.judge(admission("a", RESOLUTION, RESOLUTION), LocalDate.of(2026, 4, 6));

        assertThat(saturday.overdue()).isTrue();
        assertThat(saturday.daysOverdue()).isEqualTo(1);
        assertThat(saturday.workingDaysOverdue()).isZero();
        assertThat(monday.overdue()).isTrue();
        assertThat(monday.daysOverdue()).isEqualTo(3);
        assertThat(monday.workingDaysOverdue()).isEqualTo(1);
    }

    @Test
    void aRecognitionIsDueThirtyWorkingDaysAfterTheBranchVote() {
        LocalDate voted = LocalDate.of(2026, 6, 30);
        AgendaItem item = deadlines.judge(new Awaiting("r", BRANCH, Matter.RECOGNITION, voted, voted),
                LocalDate.of(2026, 8, 12));

        assertThat(item.dueBy()).isEqualTo(LocalDate.of(2026, 8, 11));
        assertThat(item.dueByIfExtended()).isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(item.overdue()).isTrue();
        assertThat(item.workingDaysOverdue()).isEqualTo(1);
    }

    @Test
    void listsTheOverdueFirstLongestOverdueFirstThenTheRestByDeadlineAndCountsTheOverdue() {
        LocalDate on = LocalDate.of(2026, 4, 10);
        List<AgendaItem> items = List.of(
                deadlines.judge(admission("later", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 25)), on),
                deadlines.judge(admission("overdue-a-little", LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8)), on),
                deadlines.judge(admission("sooner", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 3)), on),
                deadlines.judge(admission("overdue-longest", RESOLUTION, RESOLUTION), on));

        Agenda agenda = new Agenda(new UnitCode("DUK"), on, items);

        assertThat(agenda.items()).extracting(AgendaItem::candidateId)
                .containsExactly("overdue-longest", "overdue-a-little", "sooner", "later");
        assertThat(agenda.overdue()).isEqualTo(2);
    }

    private static Awaiting admission(String candidate, LocalDate voted, LocalDate proposed) {
        return new Awaiting(candidate, BRANCH, Matter.ADMISSION, proposed, voted);
    }
}
