package vn.pdv.benchmarks;

/**
 * One line of the result table.
 *
 * @param met whether the target is met; null for a baseline, which has none
 */
record Figure(String what, String value, String target, Boolean met) {

    static Figure baseline(String what, String value) {
        return new Figure(what, value, "baseline", null);
    }

    String verdict() {
        return met == null ? "" : met ? "MET" : "NOT MET";
    }
}
