package vn.pdv.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class FormErrorsTest {

    record Vote(Integer present, Integer inFavour, String branch) {
    }

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void bindingErrorsReadInTheReadersLanguageAndKeepWhatWasTyped() {
        BindingResult binding = new BeanPropertyBindingResult(new Vote(null, null, "CB1"), "vote");
        binding.rejectValue("present", "NotNull");
        binding.rejectValue("inFavour", "Min", new Object[] {null, 0}, null);

        FormErrors vietnamese = FormErrors.of(binding, messages, PageLocales.VIETNAMESE);
        FormErrors english = FormErrors.of(binding, messages, PageLocales.ENGLISH);

        assertThat(vietnamese.all()).extracting(FormErrors.Entry::message)
                .containsExactly("Chưa nhập thông tin này", "Phải lớn hơn hoặc bằng 0");
        assertThat(english.at("present")).extracting(FormErrors.Entry::message).containsExactly("Enter this information");
        assertThat(vietnamese.at("present").getFirst().id()).isEqualTo("present");
    }

    @Test
    void ruleViolationsCarryTheirFixAndAStepLevelOneHasNoField() {
        FormErrors errors = FormErrors.of(List.of(
                new Violation("decision.number", "Số quyết định đã dùng", "Kiểm tra lại số quyết định"),
                new Violation(null, "Chi bộ chưa đủ hai phần ba đảng viên có mặt", "Họp lại khi đủ số")));

        assertThat(errors.has("decision.number")).isTrue();
        assertThat(errors.at("decision.number").getFirst().id()).isEqualTo("decision-number");
        assertThat(errors.at("decision.number").getFirst().fix()).isEqualTo("Kiểm tra lại số quyết định");
        assertThat(errors.all().get(1).field()).isNull();
        assertThat(errors.all().get(1).id()).isNull();
    }

    @Test
    void theSummaryListsProblemsInTheOrderTheFormAsks() {
        FormErrors errors = FormErrors.of(List.of(new Violation("votedOn", "b", null), new Violation("present", "a", null)))
                .and(FormErrors.of(List.of(new Violation(null, "whole", null))))
                .inFormOrder(List.of("present", "inFavour", "votedOn"));

        assertThat(errors.all()).extracting(FormErrors.Entry::message).containsExactly("whole", "a", "b");
    }

    @Test
    void aFieldShowsWhatThePersonTypedWhenBindingRefusedIt() {
        BindingResult typed = new BeanPropertyBindingResult(new Vote(null, null, "CB1"), "vote");
        typed.addError(new org.springframework.validation.FieldError("vote", "present", "bảy", true,
                new String[] {"typeMismatch"}, null, null));

        FormErrors errors = FormErrors.of(typed, messages, PageLocales.VIETNAMESE);

        assertThat(errors.shown("present", null)).isEqualTo("bảy");
        assertThat(errors.shown("inFavour", 3)).isEqualTo(3);
        assertThat(errors.at("present").getFirst().message()).isEqualTo("Giá trị không đúng kiểu");
        assertThat(FormErrors.none().isEmpty()).isTrue();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(UiConfiguration.COMMON_MESSAGES);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(PageLocales.VIETNAMESE);
        return messages;
    }
}
