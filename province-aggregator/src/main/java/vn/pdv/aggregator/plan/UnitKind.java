package vn.pdv.aggregator.plan;

import java.util.Optional;

/**
 * Levels of party organisation, as the unit service registers them. Plan tables give the level as a word in a
 * column of its own ("Đảng bộ", "Chi bộ"), which {@link #fromLabel} reads.
 */
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

    /**
     * The level a plan table's type cell names. In a bloc's list of grassroots organisations, "Đảng bộ" means a
     * grassroots committee and "Chi bộ" a grassroots branch; a plain word is read that way.
     */
    public static Optional<UnitKind> fromLabel(String label) {
        return switch (Names.normalise(label)) {
            case "đảng bộ", "đảng bộ cơ sở", "đbcs" -> Optional.of(GRASSROOTS_COMMITTEE);
            case "chi bộ", "chi bộ cơ sở", "cbcs" -> Optional.of(GRASSROOTS_BRANCH);
            case "chi bộ trực thuộc" -> Optional.of(SUBORDINATE_BRANCH);
            case "đảng bộ huyện", "huyện ủy", "thị ủy", "thành ủy" -> Optional.of(DISTRICT_COMMITTEE);
            case "đảng bộ khối", "đảng ủy khối" -> Optional.of(BLOC_COMMITTEE);
            default -> Optional.empty();
        };
    }
}
