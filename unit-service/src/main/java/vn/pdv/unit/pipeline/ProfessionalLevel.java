package vn.pdv.unit.pipeline;

/**
 * Professional qualification (chuyên môn nghiệp vụ) as the statistical forms count new members (Hướng dẫn
 * 11-HD/BTCTW): the highest level trained to. {@link #UNSPECIFIED} holds what could not be placed, so it is counted,
 * not lost; the words typed stay on the candidate beside the category.
 */
public enum ProfessionalLevel {
    UNSPECIFIED("chưa xác định"),
    NONE("chưa qua đào tạo"),
    ELEMENTARY("sơ cấp"),
    INTERMEDIATE("trung cấp"),
    COLLEGE("cao đẳng"),
    UNIVERSITY("đại học"),
    MASTER("thạc sĩ"),
    DOCTORATE("tiến sĩ");

    private final String vietnamese;

    ProfessionalLevel(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /**
     * The category of what a clerk typed: the level's name (with or without marks), its degree (cử nhân, kỹ sư, bác
     * sĩ are university degrees) or the English word; the highest level named wins ("đại học, đang học thạc sĩ" is
     * read as the master's only when it says so first); nothing, or words not known, is {@link #UNSPECIFIED}.
     */
    public static ProfessionalLevel from(String typed) {
        if (typed == null || typed.isBlank()) {
            return UNSPECIFIED;
        }
        String words = TypedWords.folded(typed);
        if (TypedWords.mentions(words, "tien si", "ts", "pgs", "gs", "tskh", "doctorate", "phd")) {
            return DOCTORATE;
        }
        if (TypedWords.mentions(words, "thac si", "ths", "cao hoc", "master", "masters")) {
            return MASTER;
        }
        if (TypedWords.mentions(words, "dai hoc", "dh", "cu nhan", "ky su", "kien truc su", "bac si", "duoc si",
                "university", "bachelor", "engineer")) {
            return UNIVERSITY;
        }
        if (TypedWords.mentions(words, "cao dang", "cd", "college")) {
            return COLLEGE;
        }
        if (TypedWords.mentions(words, "trung cap", "tc", "intermediate")) {
            return INTERMEDIATE;
        }
        if (TypedWords.mentions(words, "so cap", "elementary", "chung chi nghe")) {
            return ELEMENTARY;
        }
        if (TypedWords.mentions(words, "khong", "chua qua dao tao", "chua dao tao", "none", "0")) {
            return NONE;
        }
        return UNSPECIFIED;
    }
}
