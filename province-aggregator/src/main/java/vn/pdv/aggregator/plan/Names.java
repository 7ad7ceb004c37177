package vn.pdv.aggregator.plan;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How the plan code compares Vietnamese text. Tables come from Word and Excel in either Unicode form (precomposed
 * or with combining tone marks) and with stray spaces and capitals, so matching a header or a unit name compares
 * normalised text, never the raw cell.
 */
public final class Names {

    private Names() {
    }

    /** NFC, lower case, single spaces, trimmed: "  Đoàn viên  Thanh niên " and its NFD twin compare equal. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.replace('\u00A0', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Lower-case ASCII words joined by '-': "Sở Y tế tỉnh Bình Định" becomes "so-y-te-tinh-binh-dinh". */
    public static String slug(String text) {
        String decomposed = Normalizer.normalize(normalise(text), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd');
        return decomposed.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
