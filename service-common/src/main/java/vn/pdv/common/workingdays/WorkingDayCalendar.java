package vn.pdv.common.workingdays;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts Vietnamese working days: Monday to Friday, less public holidays, compensatory and swapped days off,
 * plus the weekend days worked in exchange. The days come from data ({@code holidays-vn.csv} next to this class),
 * never from code, because the Government announces the Tết and swap days year by year.
 *
 * <p>Limits: only the years present in the data are covered. Counting into a year the data does not cover throws
 * {@link IllegalStateException}, because a deadline computed without that year's holidays would be silently early;
 * the fix is to add the year to the data. Regional or sector-specific days off are not modelled.
 */
public final class WorkingDayCalendar {

    static final String RESOURCE = "holidays-vn.csv";

    private final Map<LocalDate, CalendarEntry> entries;
    private final SortedSet<Integer> coveredYears;

    private WorkingDayCalendar(Map<LocalDate, CalendarEntry> entries, SortedSet<Integer> coveredYears) {
        this.entries = entries;
        this.coveredYears = coveredYears;
    }

    /** The calendar of {@value #RESOURCE}, shipped with this class. */
    public static WorkingDayCalendar vietnam() {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("holiday data " + RESOURCE + " is missing from the classpath");
            }
            return fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads {@code date,kind,status,name_vi,name_en,source} rows; {@code #} starts a comment line. Only the last column
     * may contain commas. Covered years are those with at least one row (every year has at least 1 January).
     */
    public static WorkingDayCalendar fromCsv(Reader csv) {
        List<CalendarEntry> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(csv)) {
            String line;
            int number = 0;
            boolean headerSeen = false;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    if (trimmed.startsWith("date,")) {
                        continue;
                    }
                }
                rows.add(parse(trimmed, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday data", e);
        }
        return of(rows);
    }

    public static WorkingDayCalendar of(Collection<CalendarEntry> days) {
        Map<LocalDate, CalendarEntry> byDate = new TreeMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (CalendarEntry entry : days) {
            CalendarEntry previous = byDate.put(entry.date(), entry);
            if (previous != null) {
                throw new IllegalArgumentException("two calendar entries for " + entry.date());
            }
            if (entry.kind().isWorking() && !isWeekend(entry.date())) {
                throw new IllegalArgumentException("make-up working day " + entry.date() + " is not a Saturday or Sunday");
            }
            if (!entry.kind().isWorking() && entry.kind() != CalendarEntry.Kind.HOLIDAY && isWeekend(entry.date())) {
                throw new IllegalArgumentException("day off " + entry.date() + " falls on a weekend");
            }
            years.add(entry.date().getYear());
        }
        return new WorkingDayCalendar(Collections.unmodifiableMap(byDate), Collections.unmodifiableSortedSet(years));
    }

    private static CalendarEntry parse(String line, int number) {
        String[] cells = line.split(",", 6);
        if (cells.length != 6) {
            throw new IllegalArgumentException("holiday data line " + number + " needs 6 columns: " + line);
        }
        try {
            return new CalendarEntry(
                    LocalDate.parse(cells[0].strip()),
                    CalendarEntry.Kind.valueOf(cells[1].strip()),
                    CalendarEntry.Status.valueOf(cells[2].strip()),
                    cells[3].strip(),
                    cells[4].strip(),
                    cells[5].strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("holiday data line " + number + " is not valid: " + line, e);
        }
    }

    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        CalendarEntry entry = entries.get(date);
        // Any entry that is not a make-up day is a day off (or a holiday on a weekend, off anyway).
        return entry == null ? !isWeekend(date) : entry.kind().isWorking();
    }

    /**
     * The {@code n}th working day after {@code start} (start itself not counted): the last day of a deadline of
     * {@code n} working days running from {@code start}. With {@code n == 0}, {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public LocalDate addWorkingDays(LocalDate start, WorkingDays n) {
        return addWorkingDays(start, n.value());
    }

    /**
     * Working days in {@code (a, b]}: 0 when {@code a == b}, negative when {@code b} is before {@code a}.
     * The inverse of {@link #addWorkingDays}: {@code workingDaysBetween(a, addWorkingDays(a, n)) == n}.
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        if (b.isBefore(a)) {
            return -workingDaysBetween(b, a);
        }
        int count = 0;
        for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** What the data says about this date, if anything (a holiday name, a swap). */
    public Optional<CalendarEntry> entryOn(LocalDate date) {
        return Optional.ofNullable(entries.get(date));
    }

    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    public boolean covers(LocalDate date) {
        return coveredYears.contains(date.getYear());
    }

    private void requireCovered(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!covers(date)) {
            throw new HolidaysNotCoveredException(Year.of(date.getYear()), coveredYears, RESOURCE);
        }
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
