package vn.pdv.aggregator.plan;

/**
 * A number of things to do in a period given as a range rather than a quota: seed 001's "Hằng năm, tổ chức từ 04 đến
 * 05 lớp …" (4–5 awareness classes a year). Below the bottom is not met, within met, above the top exceeded; both
 * ends inclusive.
 */
public record CountRange(int atLeast, int atMost) {

    public CountRange {
        if (atLeast < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + atLeast);
        }
        if (atMost < atLeast) {
            throw new IllegalArgumentException("range upside down: " + atLeast + "–" + atMost);
        }
    }

    /** The count at the period's end against the range. */
    public Fulfilment judge(long actual) {
        return judge(actual, 1);
    }

    /**
     * The count so far against the range, when {@code shareDue} of the period's work is due (the status's pace, 1 once
     * the period is over): below {@link #expectedBy(double)} not met, above the whole period's top exceeded (nothing
     * later takes a class back), else met so far.
     */
    public Fulfilment judge(long actual, double shareDue) {
        if (actual > atMost) {
            return Fulfilment.EXCEEDED;
        }
        return actual < expectedBy(shareDue) ? Fulfilment.NOT_MET : Fulfilment.MET;
    }

    /** How many the bottom of the range asks for by the time {@code shareDue} of the period is due, rounded down. */
    public long expectedBy(double shareDue) {
        return (long) Math.floor(atLeast * shareDue + 1e-9);
    }

    /** As a plan prints it: "từ 4 đến 5". */
    public String rangeVi() {
        return atLeast == atMost ? String.valueOf(atLeast) : "từ " + atLeast + " đến " + atMost;
    }

    public String rangeEn() {
        return atLeast == atMost ? String.valueOf(atLeast) : atLeast + "–" + atMost;
    }
}
