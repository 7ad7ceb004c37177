package vn.pdv.aggregator.status;

/**
 * Where a unit stands against its quota for a period, judged against the pace expected by today.
 * {@link #UNKNOWN} when the unit has no quota to be judged against.
 */
public enum Status {
    MET("đã hoàn thành", "met"),
    ON_TRACK("đúng tiến độ", "on track"),
    AT_RISK("có nguy cơ không đạt", "at risk"),
    LAGGING("chậm tiến độ", "lagging"),
    UNKNOWN("chưa có chỉ tiêu", "no quota");

    private final String vietnamese;
    private final String english;

    Status(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
