package vn.pdv.common.ui;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.pdv.common.time.ClockConfiguration;
import vn.pdv.common.ui.live.LiveUpdates;

/**
 * What every PDV web page stands on, set up in each servlet service that has service-common: the page language
 * ({@link PageLocales}, {@code ?lang=en}), the message bundles (the service's own {@code spring.messages.basename}
 * first, then {@value #COMMON_MESSAGES} with the layout's and fragments' words), the expression objects templates call
 * ({@code #fmt}, {@code #links}, {@code #charts}: {@link PagesDialect}), and for controllers a {@link Fmt} that follows
 * the request's language and {@link LiveUpdates}. A service replaces the locale resolver, the message source, the
 * {@link Fmt} or the {@link LiveUpdates} by declaring its own bean.
 */
@AutoConfiguration(after = ClockConfiguration.class,
        before = {WebMvcAutoConfiguration.class, MessageSourceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(UiProperties.class)
public class UiConfiguration implements WebMvcConfigurer {

    /** The bundle of the shared layout and fragments: {@code messages/common_vi.properties} and {@code _en}. */
    public static final String COMMON_MESSAGES = "messages/common";

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    @ConditionalOnMissingBean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new PageLocales();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName(PageLocales.PARAMETER);
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
    }

    /**
     * Spring Boot's message source, as {@code spring.messages.*} configures it, with the common bundle last so a
     * service may reword any shared key. Two differences: a bundle needs no base {@code .properties} file
     * ({@code _vi} and {@code _en} are enough, which Boot's own would silently ignore), and a missing word falls back
     * to Vietnamese, never to the server's language.
     */
    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    @ConditionalOnMissingBean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME, search = SearchStrategy.CURRENT)
    MessageSource messageSource(Environment environment) {
        MessageSourceProperties properties = Binder.get(environment)
                .bind("spring.messages", MessageSourceProperties.class).orElseGet(MessageSourceProperties::new);
        List<String> basenames = new ArrayList<>(properties.getBasename().stream()
                .flatMap(names -> Stream.of(names.split(",")))
                .map(String::trim)
                .filter(UiConfiguration::exists)
                .toList());
        basenames.remove(COMMON_MESSAGES);
        basenames.add(COMMON_MESSAGES);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames.toArray(String[]::new));
        messages.setDefaultEncoding(properties.getEncoding() == null ? StandardCharsets.UTF_8.name()
                : properties.getEncoding().name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(PageLocales.VIETNAMESE);
        if (properties.getCacheDuration() != null) {
            messages.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return messages;
    }

    private static boolean exists(String basename) {
        String path = basename.replace('.', '/');
        return Stream.of("", "_vi", "_en").anyMatch(suffix -> new ClassPathResource(path + suffix + ".properties").exists());
    }

    /** For Java code that writes figures (a chart's month labels); templates use {@code #fmt}. */
    @Bean
    @ConditionalOnMissingBean
    Fmt fmt(Clock clock) {
        return new Fmt(clock.getZone(), LocaleContextHolder::getLocale);
    }

    @Bean
    PagesDialect pagesDialect(Clock clock, MessageSource messageSource) {
        return new PagesDialect(clock.getZone(), messageSource);
    }

    @Bean
    @ConditionalOnMissingBean
    LiveUpdates liveUpdates(UiProperties properties) {
        return new LiveUpdates(properties.liveQuietPeriod(), properties.liveHeartbeat());
    }
}
