package vn.pdv.aggregator.quota;

import java.util.Optional;

/**
 * What a quota can be broken down by: a reporting attribute of the people counted (admissions), or for sources the
 * organisation that introduced them (seed 002: the police branch a civil-defence source, each mass organisation one
 * of its members). The names are the keys of the {@code breakdown} map in the {@code QuotaAssigned} event and the
 * names of the tallies' counters, so a quota's part is compared with the counter of the same name.
 */
public enum Attribute {
    YOUTH_UNION("đoàn viên thanh niên", "youth-union members"),
    TRADE_UNION("đoàn viên công đoàn", "trade-union members"),
    FEMALE("nữ", "women"),
    ETHNIC_MINORITY("dân tộc thiểu số", "ethnic minority"),
    INTRODUCED_BY_BRANCH("do chi bộ giới thiệu", "introduced by the branch"),
    INTRODUCED_BY_YOUTH_UNION("do Đoàn Thanh niên giới thiệu", "introduced by the youth union"),
    INTRODUCED_BY_TRADE_UNION("do Công đoàn giới thiệu", "introduced by the trade union"),
    INTRODUCED_BY_WOMENS_UNION("do Hội Phụ nữ giới thiệu", "introduced by the women's union"),
    INTRODUCED_BY_FARMERS_UNION("do Hội Nông dân giới thiệu", "introduced by the farmers' union"),
    INTRODUCED_BY_VETERANS_ASSOCIATION("do Hội Cựu chiến binh giới thiệu", "introduced by the veterans' association"),
    INTRODUCED_BY_MILITIA("từ lực lượng dân quân", "from the militia"),
    INTRODUCED_BY_CIVIL_DEFENCE("từ lực lượng dân phòng", "from the civil-defence force");

    private final String vietnamese;
    private final String english;

    Attribute(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    /** The attribute an event or API names, e.g. {@code YOUTH_UNION}; empty for a name not known here. */
    public static Optional<Attribute> named(String name) {
        for (Attribute attribute : values()) {
            if (attribute.name().equals(name)) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }
}
