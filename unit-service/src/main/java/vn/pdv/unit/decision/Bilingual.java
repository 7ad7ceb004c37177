package vn.pdv.unit.decision;

import java.util.Objects;

/**
 * A text shown to committee staff in Vietnamese, with the English counterpart for logs and non-Vietnamese readers.
 * Vietnamese is the authoritative wording.
 */
public record Bilingual(String vi, String en) {

    public Bilingual {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    public static Bilingual of(String vi, String en) {
        return new Bilingual(vi, en);
    }
}
