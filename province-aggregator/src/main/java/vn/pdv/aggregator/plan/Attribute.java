package vn.pdv.aggregator.plan;

import java.util.Optional;

/**
 * A reporting attribute a quota can be broken down by. The names are the keys of the {@code breakdown} map in the
 * {@code QuotaAssigned} event, so a quota keeps its meaning on the wire.
 */
public enum Attribute {
    YOUTH_UNION("đoàn viên thanh niên", "youth-union members"),
    TRADE_UNION("đoàn viên công đoàn", "trade-union members"),
    FEMALE("nữ", "women"),
    ETHNIC_MINORITY("dân tộc thiểu số", "ethnic minority");

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

    /** The attribute a plan table's column header names, e.g. "Đoàn viên thanh niên" or "ĐVTN". */
    public static Optional<Attribute> fromLabel(String label) {
        String text = Names.normalise(label);
        if (text.contains("thanh niên") || text.equals("đvtn")) {
            return Optional.of(YOUTH_UNION);
        }
        if (text.contains("công đoàn") || text.equals("đvcđ")) {
            return Optional.of(TRADE_UNION);
        }
        if (text.equals("nữ") || text.equals("đảng viên nữ")) {
            return Optional.of(FEMALE);
        }
        if (text.contains("dân tộc")) {
            return Optional.of(ETHNIC_MINORITY);
        }
        return Optional.empty();
    }
}
