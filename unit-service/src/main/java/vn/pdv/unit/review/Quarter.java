package vn.pdv.unit.review;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written {@code 2026-Q3} in the API and the log.
 *
 * @param number 1 to 4
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** @throws IllegalArgumentException when {@code text} is not written like {@code 2026-Q3} */
    public static Quarter parse(String text) {
        Matcher matcher = text == null ? null : WRITTEN.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("A quarter is written like 2026-Q3, not " + text);
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** Quý III/2026, as a Vietnamese document writes it. */
    public String vi() {
        return "quý " + new String[] {"I", "II", "III", "IV"}[number - 1] + "/" + year;
    }

    /** Q3 2026. */
    public String en() {
        return "Q" + number + " " + year;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
