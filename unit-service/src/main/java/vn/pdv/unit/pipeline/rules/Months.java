package vn.pdv.unit.pipeline.rules;

import java.time.LocalDate;
import java.time.Period;

/**
 * A whole number of calendar months, the unit the Party's texts use for ages, validity and probation.
 * Kept apart from {@link vn.pdv.common.workingdays.WorkingDays} so that the two kinds of period cannot be mixed up in settings.
 */
public record Months(int value) implements Comparable<Months> {

    public Months {
        if (value < 0) {
            throw new IllegalArgumentException("months must not be negative: " + value);
        }
    }

    public static Months of(int months) {
        return new Months(months);
    }

    public static Months ofYears(int years) {
        return new Months(Math.multiplyExact(years, 12));
    }

    /** Completed months from {@code from} to {@code to}; a month is complete only on its day-of-month anniversary. */
    public static Months completedBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return new Months(0);
        }
        return new Months(Math.toIntExact(Period.between(from, to).toTotalMonths()));
    }

    /** The date on which this many months have passed since {@code start}. */
    public LocalDate after(LocalDate start) {
        return start.plusMonths(value);
    }

    public int years() {
        return value / 12;
    }

    /** "18 năm 0 tháng" style, used in messages. */
    public String describeVi() {
        return value / 12 + " năm " + value % 12 + " tháng";
    }

    public String describeEn() {
        return value / 12 + " years " + value % 12 + " months";
    }

    @Override
    public int compareTo(Months other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value + " months";
    }
}
