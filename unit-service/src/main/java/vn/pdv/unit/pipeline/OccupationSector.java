package vn.pdv.unit.pipeline;

/**
 * Occupation (nghề nghiệp) as the statistical forms count new members (Hướng dẫn 11-HD/BTCTW): workers, farmers,
 * cadres and civil and public servants, the army, the police, owners of private enterprises, pupils and students,
 * and other occupations. DOMAIN.md names "occupation sector" without a list; this is the forms' list as the
 * secondary summaries give it (check against the current form). {@link #UNSPECIFIED} holds what could not be placed,
 * so it is counted, not lost; the words typed stay on the candidate beside the category.
 */
public enum OccupationSector {
    UNSPECIFIED("chưa xác định"),
    WORKER("công nhân"),
    FARMER("nông dân"),
    PUBLIC_SERVANT("cán bộ, công chức, viên chức"),
    MILITARY("quân đội"),
    POLICE("công an"),
    BUSINESS_OWNER("chủ doanh nghiệp tư nhân"),
    STUDENT("học sinh, sinh viên"),
    OTHER("nghề nghiệp khác");

    private final String vietnamese;

    OccupationSector(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /**
     * The category of what a clerk typed: the sector's name, or a job it holds (a teacher or a doctor of a public
     * school or hospital is a public servant, a soldier is the army); words not known, or nothing, is
     * {@link #UNSPECIFIED}: "other" only when the clerk said so (lao động tự do, khác).
     */
    public static OccupationSector from(String typed) {
        if (typed == null || typed.isBlank()) {
            return UNSPECIFIED;
        }
        String words = TypedWords.folded(typed);
        if (TypedWords.mentions(words, "hoc sinh", "sinh vien", "hoc vien", "student", "pupil")) {
            return STUDENT;
        }
        if (TypedWords.mentions(words, "cong an", "canh sat", "police")) {
            return POLICE;
        }
        if (TypedWords.mentions(words, "quan doi", "bo doi", "quan nhan", "si quan", "chien si", "military",
                "army", "soldier")) {
            return MILITARY;
        }
        if (TypedWords.mentions(words, "chu doanh nghiep", "giam doc doanh nghiep", "business owner")) {
            return BUSINESS_OWNER;
        }
        if (TypedWords.mentions(words, "cong nhan", "worker")) {
            return WORKER;
        }
        if (TypedWords.mentions(words, "nong dan", "lam nong", "ngu dan", "farmer")) {
            return FARMER;
        }
        if (TypedWords.mentions(words, "can bo", "cong chuc", "vien chuc", "giao vien", "bac si", "y si",
                "dieu duong", "nhan vien van phong", "public servant", "civil servant", "teacher", "doctor", "nurse")) {
            return PUBLIC_SERVANT;
        }
        if (TypedWords.mentions(words, "khac", "lao dong tu do", "tu do", "kinh doanh", "buon ban", "other")) {
            return OTHER;
        }
        return UNSPECIFIED;
    }
}
