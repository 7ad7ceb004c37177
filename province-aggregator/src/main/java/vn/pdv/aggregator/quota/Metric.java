package vn.pdv.aggregator.quota;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What a quota or a tally counts. */
public enum Metric {
    /** New members admitted (kết nạp). */
    ADMISSIONS,
    /** Outstanding people identified as sources (tạo nguồn). */
    SOURCES,
    /** People a branch resolution put on the sympathiser list (danh sách cảm tình đảng). */
    SYMPATHISERS_ADDED,
    /** People a branch resolution took off the sympathiser list (each also counts as an exit). */
    SYMPATHISERS_REMOVED,
    /** Awareness-class certificates (giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng). */
    CERTIFICATES,
    /** Probationary members recognised as official members (công nhận đảng viên chính thức). */
    RECOGNITIONS,
    /** People who left the pipeline at any step, in the year they left. */
    EXITS;

    /** What quotas are set for, and so what plans assign and statuses judge; the rest is only counted. */
    public static final Set<Metric> PLANNED = Collections.unmodifiableSet(EnumSet.of(ADMISSIONS, SOURCES));
}
