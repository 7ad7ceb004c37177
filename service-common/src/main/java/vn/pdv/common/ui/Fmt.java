package vn.pdv.common.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Figures and days as the reader's language writes them, for templates ({@code ${#fmt.percent(row.percent)}}) and
 * for the few words Java puts together. Vietnamese: {@code 18,3 %}, {@code 1.234}, {@code 30/06/2024},
 * {@code 06/2024}; English: {@code 18.3%}, {@code 1,234}, {@code 30 Jun 2024}, {@code Jun 2024}; times are
 * {@code HH:mm:ss} in both. Instants are shown in the service's zone (Vietnam's, see {@code pdv.time.zone}), never the
 * server's. A missing value is a dash, so an empty cell is never mistaken for a zero.
 */
public final class Fmt {

    /**
     * How a day is typed into a form, in both languages: day first, as Vietnamese and the Party's forms write it, and
     * never left to the browser's own date field, which follows the browser's language (mm/dd/yyyy in an English
     * Chrome). Annotate the form's field with {@code @DateTimeFormat(pattern = Fmt.DATE_INPUT)}.
     */
    public static final String DATE_INPUT = "dd/MM/yyyy";

    static final String MISSING = "–";
    private static final char NO_BREAK_SPACE = '\u00a0';
    private static final Locale VI_VN = Locale.forLanguageTag("vi-VN");
    private static final Locale EN_GB = Locale.forLanguageTag("en-GB");

    private final ZoneId zone;
    private final Supplier<Locale> locale;

    /**
     * @param zone   where instants are read
     * @param locale the reader's language, asked on every call (in a request: the page's locale)
     */
    public Fmt(ZoneId zone, Supplier<Locale> locale) {
        this.zone = zone;
        this.locale = locale;
    }

    /**
     * A percentage given in points, as the services compute it ({@code 18.3} is 18.3 %), with one decimal, half up:
     * {@code 18,3 %} (a no-break space keeps the sign with its number) or {@code 18.3%}.
     */
    public String percent(Number points) {
        if (points == null) {
            return MISSING;
        }
        NumberFormat format = NumberFormat.getNumberInstance(formats());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String number = format.format(decimal(points));
        return vietnamese() ? number + NO_BREAK_SPACE + "%" : number + "%";
    }

    /** A count or an amount, grouped by thousands: {@code 1.234} or {@code 1,234}; at most two decimals. */
    public String number(Number value) {
        if (value == null) {
            return MISSING;
        }
        NumberFormat format = NumberFormat.getNumberInstance(formats());
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(decimal(value));
    }

    /** The number as a person wrote it: 102.05 rounds to 102.1, though the double nearest it is 102.0499…. */
    private static BigDecimal decimal(Number value) {
        return switch (value) {
            case BigDecimal exact -> exact;
            case Double d -> new BigDecimal(Double.toString(d));
            case Float f -> new BigDecimal(Float.toString(f));
            default -> new BigDecimal(value.toString());
        };
    }

    /** A day: {@code 30/06/2024} or {@code 30 Jun 2024}. Takes a LocalDate or any instant-like value. */
    public String date(Object day) {
        return format(day, vietnamese() ? "dd/MM/yyyy" : "d MMM yyyy");
    }

    /** A time of day, {@code 14:05:09}, e.g. "số liệu đến 14:05:09". */
    public String time(Object moment) {
        return format(moment, "HH:mm:ss");
    }

    /** Day and time: {@code 30/06/2024 14:05:09} or {@code 30 Jun 2024 14:05:09}. */
    public String dateTime(Object moment) {
        return format(moment, vietnamese() ? "dd/MM/yyyy HH:mm:ss" : "d MMM yyyy HH:mm:ss");
    }

    /** A day as a form field shows it ({@link #DATE_INPUT}); what the person typed is shown back as it was. */
    public String dateInput(Object day) {
        return switch (day) {
            case null -> "";
            case String typed -> typed;
            default -> DateTimeFormatter.ofPattern(DATE_INPUT).format(temporal(day));
        };
    }

    /** A month, as a chart's axis names it: {@code 06/2024} or {@code Jun 2024}. */
    public String month(YearMonth month) {
        return format(month, vietnamese() ? "MM/yyyy" : "MMM yyyy");
    }

    private String format(Object value, String pattern) {
        if (value == null) {
            return MISSING;
        }
        return DateTimeFormatter.ofPattern(pattern, formats()).format(temporal(value));
    }

    private TemporalAccessor temporal(Object value) {
        return switch (value) {
            case Instant instant -> instant.atZone(zone);
            case ZonedDateTime zoned -> zoned.withZoneSameInstant(zone);
            case OffsetDateTime offset -> offset.atZoneSameInstant(zone);
            case LocalDate day -> day;
            case LocalDateTime local -> local;
            case LocalTime time -> time;
            case YearMonth month -> month;
            default -> throw new IllegalArgumentException("Not a day or a time: " + value.getClass().getName());
        };
    }

    private boolean vietnamese() {
        return PageLocales.supported(locale.get()).equals(PageLocales.VIETNAMESE);
    }

    private Locale formats() {
        return vietnamese() ? VI_VN : EN_GB;
    }
}
