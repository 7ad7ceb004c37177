package vn.pdv.aggregator.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How much of a quota should be done by a day. Linear by default; or a cumulative curve by month, the share of a
 * year's quota expected by the end of each month (e.g. admissions cluster before 3 February, the Party's
 * anniversary, so January's share is high). Within a month the curve is linear. A quarter, a half or a term takes its
 * share of the curve: Q1's pace is how far through Q1's part of the curve the day is, and a term runs the yearly
 * curve once a year.
 */
public final class Pace {

    private static final Pace LINEAR = new Pace(null);

    /** Cumulative shares at the end of months 1..12; null for linear by day. */
    private final double[] byMonthEnd;

    private Pace(double[] byMonthEnd) {
        this.byMonthEnd = byMonthEnd;
    }

    public static Pace linear() {
        return LINEAR;
    }

    /**
     * @param cumulative twelve shares, each at least the one before, the last 1: the share of the year's quota due by
     *                   the end of January, February, …, December
     */
    public static Pace byMonth(List<BigDecimal> cumulative) {
        if (cumulative.size() != 12) {
            throw new IllegalArgumentException("a monthly pace needs 12 cumulative shares, got " + cumulative.size());
        }
        double[] shares = new double[12];
        double previous = 0;
        for (int month = 0; month < 12; month++) {
            double share = cumulative.get(month).doubleValue();
            if (share < previous || share > 1) {
                throw new IllegalArgumentException("cumulative shares must rise from 0 to 1: " + cumulative);
            }
            shares[month] = share;
            previous = share;
        }
        if (shares[11] != 1) {
            throw new IllegalArgumentException("the December share must be 1: " + cumulative);
        }
        return new Pace(shares);
    }

    /** The share of the work between {@code from} and {@code until} (exclusive) due by the end of {@code asOf}. */
    public double shareDue(LocalDate from, LocalDate until, LocalDate asOf) {
        LocalDate end = asOf.plusDays(1);
        if (!end.isAfter(from)) {
            return 0;
        }
        if (!end.isBefore(until)) {
            return 1;
        }
        double whole = position(until) - position(from);
        if (whole <= 0) {
            return (double) ChronoUnit.DAYS.between(from, end) / ChronoUnit.DAYS.between(from, until);
        }
        return (position(end) - position(from)) / whole;
    }

    /** Years since year 0 plus the share of the year's curve done by the start of the day. */
    private double position(LocalDate day) {
        if (byMonthEnd == null) {
            return day.getYear() + (double) (day.getDayOfYear() - 1) / day.lengthOfYear();
        }
        int month = day.getMonthValue();
        double before = month == 1 ? 0 : byMonthEnd[month - 2];
        double within = (double) (day.getDayOfMonth() - 1) / day.lengthOfMonth();
        return day.getYear() + before + (byMonthEnd[month - 1] - before) * within;
    }
}
