package vn.pdv.aggregator.hierarchy;

/** Levels of party organisation, as the unit service registers them (the contract's {@code UnitKind} names). */
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
    OTHER;

    /** A grassroots organisation (đảng bộ cơ sở, chi bộ cơ sở): what the statistical form counts organisations of. */
    public boolean isGrassroots() {
        return this == GRASSROOTS_COMMITTEE || this == GRASSROOTS_BRANCH;
    }

    /** The kind a contract or API names; {@link #OTHER} for a name this aggregator does not know (a newer service). */
    public static UnitKind named(String name) {
        for (UnitKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return OTHER;
    }
}
