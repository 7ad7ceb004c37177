package vn.pdv.unit.pipeline;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * General education as the statistical forms count new members (Hướng dẫn 11-HD/BTCTW): the highest level completed.
 * DOMAIN.md names "education" without a list; these are the levels of Vietnam's general schooling, which the forms
 * use. {@link #UNSPECIFIED} holds what could not be placed, so it is counted, not lost; the words typed stay on the
 * candidate beside the category.
 */
public enum GeneralEducation {
    UNSPECIFIED("chưa xác định"),
    PRIMARY("tiểu học"),
    LOWER_SECONDARY("trung học cơ sở"),
    UPPER_SECONDARY("trung học phổ thông");

    /** "12/12", "9/12", "10/10" (the old ten-year system), "lớp 12". */
    private static final Pattern GRADE = Pattern.compile("(?:^|\\D)(\\d{1,2})\\s*/\\s*(10|12)(?:\\D|$)");
    private static final Pattern CLASS = Pattern.compile("^lop (\\d{1,2})$");

    private final String vietnamese;

    GeneralEducation(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** The grades of the twelve-year system this level completes (5, 9, 12); empty for {@link #UNSPECIFIED}. */
    public OptionalInt grades() {
        return switch (this) {
            case UNSPECIFIED -> OptionalInt.empty();
            case PRIMARY -> OptionalInt.of(5);
            case LOWER_SECONDARY -> OptionalInt.of(9);
            case UPPER_SECONDARY -> OptionalInt.of(12);
        };
    }

    /**
     * The category of what a clerk typed: a grade "n/12" (or "n/10" of the ten-year system), a level's name or its
     * abbreviation (THPT, THCS, TH); anything else, or nothing, is {@link #UNSPECIFIED}.
     */
    public static GeneralEducation from(String typed) {
        if (typed == null || typed.isBlank()) {
            return UNSPECIFIED;
        }
        String words = TypedWords.folded(typed);
        Matcher grade = GRADE.matcher(words);
        if (grade.find()) {
            int done = Integer.parseInt(grade.group(1));
            int of = Integer.parseInt(grade.group(2));
            return of == 10 ? ofGrade(tenYearToTwelve(done), 12) : ofGrade(done, 12);
        }
        Matcher lop = CLASS.matcher(words);
        if (lop.find()) {
            return ofGrade(Integer.parseInt(lop.group(1)), 12);
        }
        if (TypedWords.mentions(words, "thpt", "trung hoc pho thong", "pho thong trung hoc", "ptth", "bo tuc thpt",
                "upper secondary", "high school")) {
            return UPPER_SECONDARY;
        }
        if (TypedWords.mentions(words, "thcs", "trung hoc co so", "lower secondary", "secondary")) {
            return LOWER_SECONDARY;
        }
        if (TypedWords.mentions(words, "tieu hoc", "primary")) {
            return PRIMARY;
        }
        return UNSPECIFIED;
    }

    /** The ten-year system (4 + 3 + 3) completed primary at grade 4 and lower secondary at grade 7. */
    private static int tenYearToTwelve(int done) {
        if (done > 10) {
            return 0;
        }
        return done >= 10 ? 12 : done >= 7 ? 9 : done >= 4 ? 5 : done;
    }

    /** In the twelve-year system: 12 completes upper secondary, 9 lower secondary, 5 primary. */
    private static GeneralEducation ofGrade(int done, int of) {
        if (done > of || done < 1) {
            return UNSPECIFIED;
        }
        if (done >= 12) {
            return UPPER_SECONDARY;
        }
        if (done >= 9) {
            return LOWER_SECONDARY;
        }
        return done >= 5 ? PRIMARY : UNSPECIFIED;
    }
}
