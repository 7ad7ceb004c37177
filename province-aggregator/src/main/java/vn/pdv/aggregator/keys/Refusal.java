package vn.pdv.aggregator.keys;

import java.util.Objects;

/**
 * Why a record is not applied: its reason (a stable code, for the dead-letter header and the alert) and what exactly
 * was wrong, naming keys and units, never the record's content.
 */
public record Refusal(Reason reason, String detail) {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** {@code <code>: <detail>}, the line the dead-letter header carries. */
    public String line() {
        return reason.code() + ": " + detail;
    }

    public enum Reason {
        UNSIGNED("unsigned", "Sự kiện không có chữ ký", "The event is not signed"),
        UNKNOWN_KEY("unknown-key", "Khóa ký không có trong danh bạ khóa của tỉnh",
                "The signing key is not in the province's directory"),
        ANOTHER_COMMITTEES_KEY("another-committees-key", "Sự kiện được ký bằng khóa của cấp ủy khác",
                "The event is signed with another committee's key"),
        BAD_SIGNATURE("bad-signature", "Chữ ký không khớp với nội dung sự kiện",
                "The signature does not match the event's bytes"),
        REVOKED_KEY("revoked-key", "Khóa ký đã bị thu hồi", "The signing key has been revoked"),
        KEY_NOT_YET_VALID("key-not-yet-valid", "Khóa ký chưa có hiệu lực vào ngày ghi sự kiện",
                "The signing key was not yet valid on the day the event was recorded"),
        KEY_EXPIRED("key-expired", "Khóa ký đã hết hiệu lực vào ngày ghi sự kiện",
                "The signing key was no longer valid on the day the event was recorded"),
        OUTSIDE_AUTHORITY("outside-authority", "Cấp ủy thay đổi đơn vị hoặc chỉ tiêu ngoài phạm vi của mình",
                "A committee changed a unit or quota outside its own subtree");

        private final String code;
        private final String vi;
        private final String en;

        Reason(String code, String vi, String en) {
            this.code = code;
            this.vi = vi;
            this.en = en;
        }

        public String code() {
            return code;
        }

        public String vi() {
            return vi;
        }

        public String en() {
            return en;
        }
    }
}
