package vn.pdv.unit.pipeline;

/** Why a candidate left the pipeline (removal from the sympathiser list is its own step). */
public enum ExitReason {
    WITHDRAWN_FROM_SOURCES, NOT_ADMITTED, NOT_RECOGNISED, MOVED_TO_ANOTHER_UNIT, OTHER
}
