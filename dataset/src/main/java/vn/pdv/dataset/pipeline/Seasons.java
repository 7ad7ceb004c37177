package vn.pdv.dataset.pipeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * When things happen: on working days, more in some months than others. February is the busiest (the campaigns
 * before the Party's anniversary on 3 February), December the quietest. Public holidays other than weekends are not
 * modelled.
 */
public final class Seasons {

    private static final double[] BY_MONTH = {1.0, 2.4, 1.3, 1.0, 1.0, 0.9, 0.8, 0.7, 0.95, 1.0, 0.9, 0.7};

    private final Map<Integer, Double> yearWeights = new HashMap<>();

    /** How busy the day is: 0 on a weekend, else its month's weight. */
    public static double weight(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? 0 : BY_MONTH[day.getMonthValue() - 1];
    }

    /** The day's share of a yearly count. */
    public double shareOfYear(LocalDate day) {
        double year = yearWeights.computeIfAbsent(day.getYear(), y -> {
            double sum = 0;
            for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
                sum += weight(d);
            }
            return sum;
        });
        return weight(day) / year;
    }

    /** The day, or the Monday after it when it falls on a weekend. */
    public static LocalDate workingDay(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /**
     * A working day {@code min} to {@code max} days after {@code from} (the weekend pushes it up to two days further):
     * two days are drawn and the one in the busier month kept two times in three, so that every step leans towards
     * the busy months as the people doing them do.
     */
    public static LocalDate between(LocalDate from, int min, int max, SplittableRandom random) {
        LocalDate one = from.plusDays(min + random.nextInt(max - min + 1));
        LocalDate other = from.plusDays(min + random.nextInt(max - min + 1));
        LocalDate busier = BY_MONTH[one.getMonthValue() - 1] >= BY_MONTH[other.getMonthValue() - 1] ? one : other;
        return workingDay(random.nextInt(3) < 2 ? busier : one);
    }
}
