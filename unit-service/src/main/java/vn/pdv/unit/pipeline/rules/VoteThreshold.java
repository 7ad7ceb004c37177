package vn.pdv.unit.pipeline.rules;

/**
 * The share of a branch's official members who must vote for (2/3 by default), held as an exact fraction
 * so that rounding never depends on floating point: 2/3 of 16 members needs 11 votes, not 10.67 rounded either way.
 */
public record VoteThreshold(int numerator, int denominator) {

    public VoteThreshold {
        if (denominator <= 0 || numerator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("threshold must be a fraction in (0, 1]: " + numerator + "/" + denominator);
        }
    }

    public static VoteThreshold twoThirds() {
        return new VoteThreshold(2, 3);
    }

    /** The fewest votes for that meet the threshold, rounding up. */
    public int votesRequired(int officialMembers) {
        return Math.toIntExact(Math.ceilDiv((long) numerator * officialMembers, denominator));
    }

    public boolean isMetBy(int votesFor, int officialMembers) {
        return (long) votesFor * denominator >= (long) numerator * officialMembers;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
