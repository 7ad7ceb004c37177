package vn.pdv.unit.pipeline;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How words a clerk typed are compared: lower case without Vietnamese marks, đ as d, spaces collapsed, so that
 * "Nguyễn Thị Lan", "nguyen thi lan" and "NGUYEN  THI LAN" read the same, and "Đại học" the same as "dai hoc".
 */
public final class TypedWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TypedWords() {
    }

    public static String folded(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return plain.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** Whether the folded {@code text} holds one of the folded phrases, as whole words. */
    static boolean mentions(String folded, String... phrases) {
        String padded = " " + folded.replaceAll("[^a-z0-9/]+", " ") + " ";
        for (String phrase : phrases) {
            if (padded.contains(" " + phrase + " ")) {
                return true;
            }
        }
        return false;
    }
}
