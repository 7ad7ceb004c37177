package vn.pdv.unit.pipeline;

/** Where a candidate stands in the pipeline, in the order the steps are taken; {@link #EXITED} ends it early. */
public enum Stage {
    SOURCE("nguồn", "source", "xác định là nguồn", "identification as a source"),
    SYMPATHISER("quần chúng cảm tình đảng", "sympathiser", "đưa vào danh sách cảm tình đảng",
            "adding to the sympathiser list"),
    CERTIFIED("đã có giấy chứng nhận lớp nhận thức về Đảng", "holds the awareness-class certificate",
            "giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng", "the awareness-class certificate"),
    VERIFIED("đã thẩm tra lý lịch", "background verified", "kết luận thẩm tra lý lịch",
            "the background verification"),
    INTRODUCED("đã có người giới thiệu", "introduced", "giới thiệu người vào Đảng", "the introductions"),
    BRANCH_VOTED("chi bộ đã biểu quyết đề nghị kết nạp", "branch voted for admission",
            "chi bộ biểu quyết đề nghị kết nạp", "the branch's admission vote"),
    PROPOSED("đảng ủy cơ sở đã đề nghị", "proposed by the committee", "đảng ủy cơ sở đề nghị kết nạp",
            "the committee's proposal"),
    ADMISSION_DECIDED("đã có quyết định kết nạp", "admission decided", "quyết định kết nạp", "the admission decision"),
    PROBATIONARY_MEMBER("đảng viên dự bị", "probationary member", "lễ kết nạp", "the admission ceremony"),
    NEW_MEMBER_CLASS_COMPLETED("đã học lớp đảng viên mới", "new-member class completed",
            "hoàn thành lớp bồi dưỡng đảng viên mới", "the new-member class"),
    RECOGNITION_VOTED("chi bộ đã biểu quyết đề nghị công nhận chính thức", "branch voted for recognition",
            "chi bộ biểu quyết đề nghị công nhận đảng viên chính thức", "the branch's recognition vote"),
    OFFICIAL_MEMBER("đảng viên chính thức", "official member", "quyết định công nhận đảng viên chính thức",
            "the recognition decision"),
    EXITED("đã ra khỏi danh sách", "left the pipeline", "ra khỏi danh sách", "leaving the pipeline");

    private final String vi;
    private final String en;
    private final String reachedByVi;
    private final String reachedByEn;

    Stage(String vi, String en, String reachedByVi, String reachedByEn) {
        this.vi = vi;
        this.en = en;
        this.reachedByVi = reachedByVi;
        this.reachedByEn = reachedByEn;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }

    /** The step that brings a candidate to this stage, for "record this first" messages. */
    public String reachedByVi() {
        return reachedByVi;
    }

    public String reachedByEn() {
        return reachedByEn;
    }

    /** Whether a candidate at this stage is on the branch's sympathiser list (listed, not yet voted on). */
    public boolean onSympathiserList() {
        return this == SYMPATHISER || this == CERTIFIED || this == VERIFIED || this == INTRODUCED;
    }

    /** Whether the candidate is still in the pipeline. */
    public boolean isActive() {
        return this != EXITED && this != OFFICIAL_MEMBER;
    }
}
