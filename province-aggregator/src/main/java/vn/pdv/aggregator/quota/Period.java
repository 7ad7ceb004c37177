package vn.pdv.aggregator.quota;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The span a quota covers: a year, a half-year, a quarter, or a congress term such as 2020–2025 (seed 004 sets 30
 * admissions over the term as well as 6 a year).
 *
 * @param year    the year, or a term's first year
 * @param endYear the same year, or a term's last year
 * @param part    the half (1–2) or quarter (1–4); 0 for a year or a term
 */
public record Period(Kind kind, int year, int endYear, int part) implements Comparable<Period> {

    public enum Kind { YEAR, HALF_YEAR, QUARTER, TERM }

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]|\\d{4}))?");

    public Period {
        Objects.requireNonNull(kind, "kind");
        boolean sound = switch (kind) {
            case YEAR -> endYear == year && part == 0;
            case TERM -> endYear > year && part == 0;
            case HALF_YEAR -> endYear == year && part >= 1 && part <= 2;
            case QUARTER -> endYear == year && part >= 1 && part <= 4;
        };
        if (!sound) {
            throw new IllegalArgumentException("not a %s: %d-%d part %d".formatted(kind, year, endYear, part));
        }
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, year, 0);
    }

    public static Period term(int firstYear, int lastYear) {
        return new Period(Kind.TERM, firstYear, lastYear, 0);
    }

    public static Period halfYear(int year, int half) {
        return new Period(Kind.HALF_YEAR, year, year, half);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Kind.QUARTER, year, year, quarter);
    }

    /** The period an API path or query names by its {@link #code()}: "2024", "2024-H1", "2024-Q2", "2020-2025". */
    public static Optional<Period> ofCode(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        String rest = m.group(2);
        if (rest == null) {
            return Optional.of(year(year));
        }
        int number = Integer.parseInt(rest.substring(rest.length() == 2 ? 1 : 0));
        return switch (rest.charAt(0)) {
            case 'H' -> Optional.of(halfYear(year, number));
            case 'Q' -> Optional.of(quarter(year, number));
            default -> number > year ? Optional.of(term(year, number)) : Optional.empty();
        };
    }

    /** How the API names the period: "2024", "2024-H1", "2024-Q2", "2020-2025". */
    public String code() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case TERM -> year + "-" + endYear;
            case HALF_YEAR -> year + "-H" + part;
            case QUARTER -> year + "-Q" + part;
        };
    }

    /**
     * The period's first day by the calendar. A term's days differ by level (from congress to congress): readers ask
     * {@link Terms} for a unit's bounds, which falls back to this.
     */
    public LocalDate from() {
        return switch (kind) {
            case YEAR, TERM -> LocalDate.of(year, 1, 1);
            case HALF_YEAR -> LocalDate.of(year, part == 1 ? 1 : 7, 1);
            case QUARTER -> LocalDate.of(year, (part - 1) * 3 + 1, 1);
        };
    }

    /** The day after the period's last day by the calendar; see {@link #from()}. */
    public LocalDate until() {
        return switch (kind) {
            case YEAR, TERM -> LocalDate.of(endYear + 1, 1, 1);
            case HALF_YEAR -> from().plusMonths(6);
            case QUARTER -> from().plusMonths(3);
        };
    }

    /** Whether this period wholly covers the other: a term covers its years, a year its halves and quarters. */
    public boolean contains(Period other) {
        if (equals(other)) {
            return true;
        }
        return switch (kind) {
            case TERM -> other.year >= year && other.endYear <= endYear;
            case YEAR -> other.kind != Kind.TERM && other.year == year;
            case HALF_YEAR -> other.kind == Kind.QUARTER && other.year == year && (other.part + 1) / 2 == part;
            case QUARTER -> false;
        };
    }

    public String vietnamese() {
        return switch (kind) {
            case YEAR -> "năm " + year;
            case TERM -> "nhiệm kỳ " + year + "–" + endYear;
            case HALF_YEAR -> (part == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case QUARTER -> "quý " + "I II III IV".split(" ")[part - 1] + "/" + year;
        };
    }

    public String english() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case TERM -> "term " + year + "–" + endYear;
            case HALF_YEAR -> "H" + part + " " + year;
            case QUARTER -> "Q" + part + " " + year;
        };
    }

    @Override
    public int compareTo(Period other) {
        int byStart = Integer.compare(year, other.year);
        if (byStart != 0) {
            return byStart;
        }
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : Integer.compare(part, other.part);
    }

    @Override
    public String toString() {
        return english();
    }
}
