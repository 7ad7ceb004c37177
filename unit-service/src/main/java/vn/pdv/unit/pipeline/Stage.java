package vn.pdv.unit.pipeline;

/** Where a candidate stands in the pipeline. */
public enum Stage {
    SOURCE, PROBATIONARY_MEMBER
}
