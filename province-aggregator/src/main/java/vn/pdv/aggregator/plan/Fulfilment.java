package vn.pdv.aggregator.plan;

/**
 * How a unit did against a target, in the three words a standing committee rates with at year end (seeds 001 and 003:
 * the plan's fulfilment is an input of the year-end rating): exceeded, met, not met. A range target ("3–4% of
 * membership") is exceeded above its top, met within it, not met below it; a target with no top is never exceeded
 * by its ratio alone.
 */
public enum Fulfilment {
    EXCEEDED("vượt", "exceeded"),
    MET("đạt", "met"),
    NOT_MET("không đạt", "not met");

    private final String vietnamese;
    private final String english;

    Fulfilment(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    /** A count against a number to reach: above it exceeded, at it met, below it not met. */
    public static Fulfilment ofCount(long actual, long quota) {
        return actual > quota ? EXCEEDED : actual == quota ? MET : NOT_MET;
    }
}
