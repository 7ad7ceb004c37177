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
    EXITS,
    /**
     * Awareness classes held (lớp bồi dưỡng nhận thức về Đảng, for people being considered for admission), counted at
     * the organising unit on the class's last day: seed 001's "4–5 classes a year".
     */
    AWARENESS_CLASSES,
    /** New-member classes held (lớp đảng viên mới), counted apart from awareness classes; no plan sets a number. */
    NEW_MEMBER_CLASSES;

    /** What quotas are set for, and so what plans assign and statuses judge; the rest is only counted. */
    public static final Set<Metric> PLANNED = Collections.unmodifiableSet(EnumSet.of(ADMISSIONS, SOURCES));

    /**
     * What a plan may set a target of its own for (see {@code plan.PlanTarget}): the planned metrics, and the awareness
     * classes a committee organises each year, which no quota hands down.
     */
    public static final Set<Metric> TARGETED = Collections.unmodifiableSet(
            EnumSet.of(ADMISSIONS, SOURCES, AWARENESS_CLASSES));
}
