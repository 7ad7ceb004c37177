package vn.pdv.unit.pipeline.rules;

/** A body whose consent lets a step go ahead that the branch could not take on its own. */
public enum ApprovingAuthority {
    /** Tỉnh ủy (or the equivalent committee directly under the Central Committee). */
    PROVINCIAL_COMMITTEE
}
