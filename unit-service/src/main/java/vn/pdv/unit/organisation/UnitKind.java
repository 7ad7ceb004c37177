package vn.pdv.unit.organisation;

/** Levels of party organisation; depth varies between provinces. */
public enum UnitKind {
    PROVINCE_COMMITTEE,
    DISTRICT_COMMITTEE,
    BLOC_COMMITTEE,
    /** Đảng bộ cơ sở. */
    GRASSROOTS_COMMITTEE,
    /** Chi bộ cơ sở. */
    GRASSROOTS_BRANCH,
    /** Chi bộ trực thuộc: hamlet, school, department branches. */
    SUBORDINATE_BRANCH,
    OTHER
}
