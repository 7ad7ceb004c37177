package vn.pdv.dataset.quota;

/** What a quota counts, by the contract's {@code QuotaMetric} names. */
public enum Metric { ADMISSIONS, SOURCES }
