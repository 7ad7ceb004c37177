package vn.pdv.unit.pipeline.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of a sympathiser list as committees keep it. Headers are recognised whatever their case, diacritics
 * and punctuation ("HỌ VÀ TÊN", "Ho va ten", "Họ tên"); {@link #label} is the header the template uses and the name a
 * refusal gives the column.
 */
enum Column {
    ORDINAL("STT", "No.", false, "stt", "so thu tu", "tt"),
    FULL_NAME("Họ và tên", "Full name", true, "ho va ten", "ho ten", "ho va ten khai sinh"),
    DATE_OF_BIRTH("Ngày sinh", "Date of birth", true, "ngay sinh", "ngay thang nam sinh", "sinh ngay"),
    GENDER("Giới tính", "Gender", true, "gioi tinh"),
    ETHNICITY("Dân tộc", "Ethnicity", true, "dan toc"),
    RELIGION("Tôn giáo", "Religion", true, "ton giao"),
    YOUTH_UNION("Đoàn viên thanh niên", "Youth-union member", true, "doan vien thanh nien", "doan vien", "dvtn"),
    TRADE_UNION("Đoàn viên công đoàn", "Trade-union member", true, "doan vien cong doan", "cong doan vien", "dvcd"),
    BRANCH("Chi bộ", "Branch", true, "chi bo", "ma chi bo", "ten chi bo"),
    ADDED_ON("Ngày vào danh sách cảm tình đảng", "Date added to the sympathiser list", true,
            "ngay vao danh sach cam tinh dang", "ngay vao ds cam tinh dang", "ngay vao dsctd", "ngay cam tinh dang",
            "ngay ket nap cam tinh dang"),
    RESOLUTION_NUMBER("Số nghị quyết", "Resolution number", true, "so nghi quyet", "so nq", "nghi quyet"),
    HELPER("Đảng viên giúp đỡ", "Helping member", true, "dang vien giup do", "dang vien duoc phan cong giup do",
            "nguoi giup do"),
    GENERAL_EDUCATION("Trình độ văn hóa", "General education", false, "trinh do van hoa", "van hoa"),
    PROFESSIONAL_LEVEL("Trình độ chuyên môn", "Professional level", false, "trinh do chuyen mon", "chuyen mon"),
    OCCUPATION("Nghề nghiệp", "Occupation", false, "nghe nghiep"),
    ID_CARD("Số CCCD", "ID-card number", false, "so cccd", "cccd", "so can cuoc cong dan", "can cuoc cong dan",
            "so can cuoc"),
    PHONE("Điện thoại", "Phone", false, "dien thoai", "so dien thoai", "sdt"),
    ADDRESS("Địa chỉ", "Address", false, "dia chi", "noi o hien nay", "cho o hien nay"),
    INTRODUCED_BY("Tổ chức giới thiệu", "Introducing organisation", false, "to chuc gioi thieu", "gioi thieu");

    final String label;
    final String labelEn;
    final boolean required;
    private final List<String> headers;

    Column(String label, String labelEn, boolean required, String... headers) {
        this.label = label;
        this.labelEn = labelEn;
        this.required = required;
        this.headers = List.of(headers);
    }

    static Optional<Column> byHeader(String header) {
        String key = normalise(header);
        return Stream.of(values()).filter(column -> column.headers.contains(key)).findFirst();
    }

    static List<Column> required() {
        return Stream.of(values()).filter(column -> column.required).toList();
    }

    /** Lower case, without diacritics (đ included), punctuation and runs of spaces: how headers and names compare. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip();
    }
}
