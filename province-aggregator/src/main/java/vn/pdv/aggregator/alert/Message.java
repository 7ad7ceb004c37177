package vn.pdv.aggregator.alert;

import java.util.Objects;

/** What an alert says: Vietnamese, which is authoritative, and English. The first line of each is the headline. */
public record Message(String vi, String en) {

    public Message {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    public String headlineVi() {
        return firstLine(vi);
    }

    public String headlineEn() {
        return firstLine(en);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
