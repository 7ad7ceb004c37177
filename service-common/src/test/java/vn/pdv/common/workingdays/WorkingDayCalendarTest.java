package vn.pdv.common.workingdays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    @Test
    void coversTheYears2024To2027() {
        assertThat(calendar.coveredYears()).containsExactly(2023, 2024, 2025, 2026, 2027);
    }

    @Test
    void weekdaysAreWorkingDaysAndWeekendsAreNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 9))).isFalse();
    }

    @Test
    void tetDaysOffAreNotWorkingDays() {
        for (LocalDate day = LocalDate.of(2025, 1, 25); !day.isAfter(LocalDate.of(2025, 2, 2)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as("Tết Ất Tỵ %s", day).isFalse();
        }
        for (LocalDate day = LocalDate.of(2026, 2, 14); !day.isAfter(LocalDate.of(2026, 2, 22)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as("Tết Bính Ngọ %s", day).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
    }

    @Test
    void aSwappedFridayIsOffAndItsMakeUpSaturdayIsWorked() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
    }

    @Test
    void aHolidayOnSundayGivesMondayOff() {
        assertThat(calendar.entryOn(LocalDate.of(2026, 4, 26))).hasValueSatisfying(entry ->
                assertThat(entry.nameVi()).isEqualTo("Giỗ Tổ Hùng Vương"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
    }

    @Test
    void everyCoveredYearGivesElevenStatutoryDaysOffNetOfSwaps() {
        for (int year : calendar.coveredYears()) {
            int weekdaysOff = 0;
            int weekendsWorked = 0;
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (!weekend && !calendar.isWorkingDay(day)) {
                    weekdaysOff++;
                }
                if (weekend && calendar.isWorkingDay(day)) {
                    weekendsWorked++;
                }
            }
            // Bộ luật Lao động 2019, Điều 112: 1 + 5 + 1 + 1 + 1 + 2 days; holidays on weekends are given back.
            assertThat(weekdaysOff - weekendsWorked).as("net days off in %d", year).isEqualTo(11);
        }
    }

    @Test
    void theNthWorkingDayAfterAStartIsItsDeadline() {
        LocalDate tuesday = LocalDate.of(2025, 3, 4);
        assertThat(calendar.addWorkingDays(tuesday, 0)).isEqualTo(tuesday);
        assertThat(calendar.addWorkingDays(tuesday, 1)).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 7), 1)).as("Friday + 1 is Monday")
                .isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void countingSkipsHolidaysAndUsesMakeUpDays() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 25), 1)).as("make-up Saturday 26/4/2025")
                .isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 29), 1)).as("30/4, 1/5, 2/5 and the weekend are off")
                .isEqualTo(LocalDate.of(2025, 5, 5));
    }

    @Test
    void thirtyWorkingDaysOverTetEndAWeekLater() {
        // Mon 19/1/2026 + 30 working days: 19 up to 13/2, Tết 16–20/2 off, 11 more from 23/2. Without Tết: 2/3.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 1, 19), 30)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDay() {
        // Mon 5/1/2026 + 30: Fri 2/1 was swapped for Sat 10/1, which is counted, so the 30th is Fri 13/2, before Tết.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 1, 5), 30)).isEqualTo(LocalDate.of(2026, 2, 13));
    }

    @Test
    void workingDaysBetweenIsTheInverseOfAdding() {
        for (LocalDate start = LocalDate.of(2024, 1, 1); start.isBefore(LocalDate.of(2027, 6, 1)); start = start.plusDays(11)) {
            for (int n : List.of(0, 1, 30, 60, 90)) {
                LocalDate end = calendar.addWorkingDays(start, n);
                assertThat(calendar.workingDaysBetween(start, end)).as("%s + %d", start, n).isEqualTo(n);
                assertThat(calendar.workingDaysBetween(end, start)).isEqualTo(-n);
            }
        }
    }

    @Test
    void refusesToCountIntoAYearWithoutHolidayData() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2027, 12, 1), 60))
                .isInstanceOfSatisfying(HolidaysNotCoveredException.class,
                        missing -> assertThat(missing.year()).isEqualTo(java.time.Year.of(2028)))
                .hasMessageContaining("2028");
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2022, 12, 29)))
                .isInstanceOf(HolidaysNotCoveredException.class);
    }

    @Test
    void readsAnyCalendarFromCsv() {
        WorkingDayCalendar custom = WorkingDayCalendar.fromCsv(new StringReader("""
                # a committee's own data
                date,kind,status,name_vi,name_en,source
                2030-01-01,HOLIDAY,CONFIRMED,Tết Dương lịch,New Year's Day,BLLĐ 2019, Điều 112
                """));
        assertThat(custom.isWorkingDay(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(custom.entryOn(LocalDate.of(2030, 1, 1))).hasValueSatisfying(entry ->
                assertThat(entry.source()).isEqualTo("BLLĐ 2019, Điều 112"));
    }

    @Test
    void rejectsDataThatCannotBeRight() {
        assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(new StringReader(
                "2030-01-02,MAKE_UP_WORKING_DAY,CONFIRMED,x,x,x\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Saturday or Sunday");
        assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(new StringReader(
                "2030-01-01,HOLIDAY,CONFIRMED,x,x,x\n2030-01-01,HOLIDAY,CONFIRMED,y,y,y\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two calendar entries");
        assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(new StringReader("2030-13-01,HOLIDAY,CONFIRMED,x,x,x\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    }

    @Test
    void everySwapComesAsAPairInTheShippedData() {
        for (int year : calendar.coveredYears()) {
            long swapped = 0;
            long madeUp = 0;
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                CalendarEntry.Kind kind = calendar.entryOn(day).map(CalendarEntry::kind).orElse(null);
                if (kind == CalendarEntry.Kind.SWAPPED_DAY_OFF) {
                    swapped++;
                }
                if (kind == CalendarEntry.Kind.MAKE_UP_WORKING_DAY) {
                    madeUp++;
                }
            }
            assertThat(swapped).as("swaps in %d", year).isEqualTo(madeUp);
        }
    }
}
