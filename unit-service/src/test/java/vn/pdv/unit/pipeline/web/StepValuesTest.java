package vn.pdv.unit.pipeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.pdv.common.ui.Violation;
import vn.pdv.unit.decision.RuleCode;

/** A step form read field by field, plain JUnit: days as typed, counts, choices, and where a rule's message lands. */
class StepValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    StepValuesTest() {
        messages.setBasenames("messages/workspace");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void readsADayTypedDayFirstACountAndATickedBox() {
        StepValues vote = StepValues.read(StepForm.BRANCH_VOTE, Map.of("votedOn", "10/04/2024", "officialMembers", "15",
                "officialMembersPresent", "14", "votesFor", "13", "votesAgainst", "1", "provincialApproval", "true"),
                TODAY, messages, VI);

        assertThat(vote.problems()).isEmpty();
        assertThat(vote.date("votedOn")).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(vote.count("officialMembersPresent")).isEqualTo(14);
        assertThat(vote.flag("provincialApproval")).isTrue();
    }

    @Test
    void saysAtEachFieldWhatCannotBeReadIsMissingOrLiesAhead() {
        StepValues vote = StepValues.read(StepForm.BRANCH_VOTE, Map.of("votedOn", "31/02/2024", "officialMembers", "15",
                "officialMembersPresent", "mười bốn", "votesFor", "13"), TODAY, messages, VI);
        StepValues later = StepValues.read(StepForm.NEW_MEMBER_CLASS, Map.of("completedOn", "01/07/2024"), TODAY,
                messages, VI);

        assertThat(vote.problems()).extracting(Violation::field)
                .containsExactly("votedOn", "officialMembersPresent", "votesAgainst");
        assertThat(vote.problems().getFirst().message()).isEqualTo("«Ngày họp chi bộ» không phải là một ngày hợp lệ.");
        assertThat(vote.problems().getFirst().fix()).contains("30/06/2024");
        assertThat(vote.problems().getLast().message()).isEqualTo("Chưa nhập «Số đảng viên chính thức không tán thành».");
        assertThat(later.problems()).singleElement().extracting(Violation::message)
                .isEqualTo("«Ngày hoàn thành lớp» là một ngày trong tương lai.");
    }

    @Test
    void putsARuleAboutTheWholeStepAtTheFieldItIsAboutOnThisForm() {
        assertThat(StepForm.BRANCH_VOTE.fieldOf(null, RuleCode.VOTE_THRESHOLD)).isEqualTo("votesFor");
        assertThat(StepForm.BRANCH_VOTE.fieldOf("votedOn", RuleCode.STEP_OUT_OF_ORDER)).isEqualTo("votedOn");
        assertThat(StepForm.INTRODUCTIONS.fieldOf("introducers", RuleCode.INTRODUCTION_ROUTE)).isEqualTo("route");
        assertThat(StepForm.PROPOSAL.fieldOf(null, RuleCode.STEP_NOT_ALLOWED)).isNull();
    }
}
