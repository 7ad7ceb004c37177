package vn.pdv.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import vn.pdv.common.time.ClockConfiguration;

class UiConfigurationTest {

    private final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ClockConfiguration.class, UiConfiguration.class,
                    MessageSourceAutoConfiguration.class));

    @Test
    void aServicesOwnBundleComesFirstAndTheCommonWordsAreThereWithoutABaseFile() {
        context.withPropertyValues("spring.messages.basename=messages/sample").run(started -> {
            MessageSource messages = started.getBean(MessageSource.class);
            assertThat(messages.getMessage("app.name", null, PageLocales.VIETNAMESE)).isEqualTo("PDV – Tiến độ kết nạp");
            assertThat(messages.getMessage("sample.title", null, PageLocales.ENGLISH)).isEqualTo("Progress of admissions");
            assertThat(messages.getMessage("status.AT_RISK", null, PageLocales.VIETNAMESE)).isEqualTo("Có nguy cơ chậm");
            assertThat(messages.getMessage("status.AT_RISK", null, PageLocales.ENGLISH)).isEqualTo("At risk");
        });
    }

    @Test
    void withoutBundlesOfItsOwnAServiceStillHasTheCommonWords() {
        context.run(started -> assertThat(started.getBean(MessageSource.class)
                .getMessage("status.LAGGING", null, PageLocales.VIETNAMESE)).isEqualTo("Chậm tiến độ"));
    }

    @Test
    void aLanguageWithoutWordsReadsVietnameseNotTheServersLanguage() {
        context.run(started -> assertThat(started.getBean(MessageSource.class)
                .getMessage("status.MET", null, Locale.JAPANESE)).isEqualTo("Đã đạt"));
    }

    @Test
    void pagesAreVietnameseUntilTheVisitorChoosesEnglishAndNeverAnotherLanguage() {
        context.run(started -> {
            LocaleResolver languages = started.getBean(LocaleResolver.class);
            MockHttpServletRequest first = new MockHttpServletRequest();
            first.addHeader("Accept-Language", "en-US");
            assertThat(languages.resolveLocale(first)).isEqualTo(PageLocales.VIETNAMESE);

            MockHttpServletResponse chose = new MockHttpServletResponse();
            languages.setLocale(new MockHttpServletRequest(), chose, Locale.ENGLISH);
            MockHttpServletRequest later = new MockHttpServletRequest();
            later.setCookies(chose.getCookie(PageLocales.COOKIE));
            assertThat(languages.resolveLocale(later)).isEqualTo(PageLocales.ENGLISH);

            MockHttpServletResponse stray = new MockHttpServletResponse();
            languages.setLocale(new MockHttpServletRequest(), stray, Locale.FRENCH);
            MockHttpServletRequest french = new MockHttpServletRequest();
            french.setCookies(stray.getCookie(PageLocales.COOKIE));
            assertThat(languages.resolveLocale(french)).isEqualTo(PageLocales.VIETNAMESE);
        });
    }

    @Test
    void theCommonBundlesHaveTheSameWordsInBothLanguages() throws IOException {
        assertThat(keys("messages/common_en.properties")).isEqualTo(keys("messages/common_vi.properties"));
    }

    private static java.util.Set<Object> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UiConfigurationTest.class.getClassLoader().getResourceAsStream(bundle)) {
            properties.load(in);
        }
        return properties.keySet();
    }
}
