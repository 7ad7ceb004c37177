package vn.pdv.common.workingdays;

import java.time.Year;
import java.util.Set;

/**
 * A deadline would be counted through a year the holiday data does not cover. Refusing is safer than
 * counting weekends only, which would put deadlines too early.
 */
public final class HolidaysNotCoveredException extends IllegalStateException {

    private final Year year;

    HolidaysNotCoveredException(Year year, Set<Integer> covered, String resource) {
        super("no holiday data for " + year + " (covered: " + covered + "); add the year's announced days off to "
                + resource);
        this.year = year;
    }

    public Year year() {
        return year;
    }
}
