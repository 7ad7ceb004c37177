package vn.pdv.common.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a page: Vietnamese unless the visitor chose English with {@code ?lang=en}, remembered in the
 * {@code pdv-lang} cookie for a year. Only the languages PDV has words for are ever resolved, so a stray
 * {@code ?lang=fr} or a hand-edited cookie gives Vietnamese, never a page half in the server's own language.
 */
public final class PageLocales extends CookieLocaleResolver {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);
    public static final String PARAMETER = "lang";
    public static final String COOKIE = "pdv-lang";

    public PageLocales() {
        super(COOKIE);
        setDefaultLocale(VIETNAMESE);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieSameSite("Lax");
        setRejectInvalidCookies(false);
    }

    /** The supported locale with the same language, or Vietnamese. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return VIETNAMESE;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(VIETNAMESE);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return supported(super.resolveLocale(request));
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        LocaleContext resolved = super.resolveLocaleContext(request);
        return new TimeZoneAwareLocaleContext() {
            @Override
            public Locale getLocale() {
                return supported(resolved.getLocale());
            }

            @Override
            public TimeZone getTimeZone() {
                return resolved instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
            }
        };
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        Locale chosen = context == null ? null : context.getLocale();
        super.setLocaleContext(request, response, chosen == null ? null : () -> supported(chosen));
    }
}
