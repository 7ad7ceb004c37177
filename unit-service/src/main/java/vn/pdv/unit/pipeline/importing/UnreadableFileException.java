package vn.pdv.unit.pipeline.importing;

import vn.pdv.unit.decision.Bilingual;

/** The file cannot be read as a sympathiser list at all (not CSV or XLSX, no header row, columns missing): nothing is imported. */
public final class UnreadableFileException extends Exception {

    private final transient Bilingual reason;

    UnreadableFileException(Bilingual reason) {
        super(reason.en());
        this.reason = reason;
    }

    UnreadableFileException(Bilingual reason, Throwable cause) {
        super(reason.en(), cause);
        this.reason = reason;
    }

    public Bilingual reason() {
        return reason;
    }
}
