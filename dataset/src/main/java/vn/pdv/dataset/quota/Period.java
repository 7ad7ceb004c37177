package vn.pdv.dataset.quota;

/**
 * A year or a congress term, as the contract's {@code QuotaPeriod} carries it.
 *
 * @param endYear the same year, or the term's last year
 */
public record Period(int year, int endYear) {

    public static Period year(int year) {
        return new Period(year, year);
    }

    public static Period term(int firstYear, int lastYear) {
        return new Period(firstYear, lastYear);
    }

    public boolean isTerm() {
        return endYear != year;
    }

    /** As the aggregator's API names it: 2024, 2025-2030. */
    public String code() {
        return isTerm() ? year + "-" + endYear : String.valueOf(year);
    }
}
