package vn.pdv.aggregator.quota;

/** What a quota counts. */
public enum Metric {
    /** New members admitted (kết nạp). */
    ADMISSIONS,
    /** Outstanding people identified as sources (tạo nguồn). */
    SOURCES
}
