package vn.pdv.aggregator.plan;

import java.util.Optional;
import vn.pdv.aggregator.hierarchy.UnitKind;

/** Plan tables give a unit's level as a word in a column of its own ("Đảng bộ", "Chi bộ"); this reads it. */
final class UnitKindLabels {

    private UnitKindLabels() {
    }

    /**
     * In a bloc's list of grassroots organisations, "Đảng bộ" means a grassroots committee and "Chi bộ" a grassroots
     * branch; a plain word is read that way.
     */
    static Optional<UnitKind> read(String label) {
        return switch (Names.normalise(label)) {
            case "đảng bộ", "đảng bộ cơ sở", "đbcs" -> Optional.of(UnitKind.GRASSROOTS_COMMITTEE);
            case "chi bộ", "chi bộ cơ sở", "cbcs" -> Optional.of(UnitKind.GRASSROOTS_BRANCH);
            case "chi bộ trực thuộc" -> Optional.of(UnitKind.SUBORDINATE_BRANCH);
            case "đảng bộ huyện", "huyện ủy", "thị ủy", "thành ủy" -> Optional.of(UnitKind.DISTRICT_COMMITTEE);
            case "đảng bộ khối", "đảng ủy khối" -> Optional.of(UnitKind.BLOC_COMMITTEE);
            default -> Optional.empty();
        };
    }
}
