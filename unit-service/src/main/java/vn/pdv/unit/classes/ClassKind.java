package vn.pdv.unit.classes;

import vn.pdv.unit.pipeline.Stage;

/** Which class: whom it enrols, and which step of the pipeline attending it is. */
public enum ClassKind {
    /** Lớp bồi dưỡng nhận thức về Đảng: for sympathisers; attending issues the certificate. */
    AWARENESS(Stage.SYMPATHISER, "lớp bồi dưỡng nhận thức về Đảng", "awareness class"),
    /** Lớp bồi dưỡng đảng viên mới: for probationary members; attending completes the new-member class. */
    NEW_MEMBER(Stage.PROBATIONARY_MEMBER, "lớp bồi dưỡng đảng viên mới", "new-member class");

    private final Stage enrols;
    private final String vi;
    private final String en;

    ClassKind(Stage enrols, String vi, String en) {
        this.enrols = enrols;
        this.vi = vi;
        this.en = en;
    }

    /** The stage a candidate must be at to be enrolled. */
    public Stage enrols() {
        return enrols;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
