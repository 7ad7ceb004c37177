package vn.pdv.common.workingdays;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day that differs from the plain Monday-to-Friday week, as announced for cadres, civil servants and public
 * employees (cán bộ, công chức, viên chức), whose calendar Party committees keep.
 *
 * @param source the announcement or rule the entry rests on, so a reader can check it
 */
public record CalendarEntry(LocalDate date, Kind kind, Status status, String nameVi, String nameEn, String source) {

    public enum Kind {
        /** A public holiday (Bộ luật Lao động 2019, Điều 112); no effect on working days when it falls on a weekend. */
        HOLIDAY(false),
        /** A working day off because a holiday fell on a weekend (nghỉ bù). */
        COMPENSATORY_DAY_OFF(false),
        /** A working day off in exchange for a weekend day worked (hoán đổi ngày làm việc). */
        SWAPPED_DAY_OFF(false),
        /** A Saturday or Sunday worked in exchange for a swapped day off (làm bù). */
        MAKE_UP_WORKING_DAY(true);

        private final boolean working;

        Kind(boolean working) {
            this.working = working;
        }

        public boolean isWorking() {
            return working;
        }
    }

    public enum Status {
        /** Announced by the Government or the ministry in charge. */
        CONFIRMED,
        /** Derived from the Labour Code and the lunar calendar before any announcement; replace when announced. */
        PROVISIONAL
    }

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(source, "source");
    }
}
