package vn.pdv.aggregator.finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rule codes of findings mean, in Vietnamese, for the inspection committee's reads and the report. The unit
 * service names the rules; a code this aggregator does not know yet is shown as the code itself.
 */
public final class RuleNames {

    /** The rules committees record with a finding by default, in the order of the pipeline. */
    public static final List<String> USUAL = List.of("STALE_DOSSIER", "DECISION_DEADLINE", "CEREMONY_DEADLINE",
            "RECOGNITION_CONSIDERATION_DEADLINE", "RECOGNITION_DECISION_DEADLINE");

    private static final Map<String, String> VIETNAMESE = Map.ofEntries(
            Map.entry("STALE_DOSSIER", "Chi bộ xét khi hồ sơ đã quá 12 tháng"),
            Map.entry("DECISION_DEADLINE", "Quyết định kết nạp quá thời hạn"),
            Map.entry("CEREMONY_DEADLINE", "Lễ kết nạp quá thời hạn"),
            Map.entry("RECOGNITION_CONSIDERATION_DEADLINE", "Chi bộ xét công nhận chính thức quá thời hạn"),
            Map.entry("RECOGNITION_DECISION_DEADLINE", "Quyết định công nhận chính thức quá thời hạn"),
            Map.entry("SYMPATHISER_PERIOD", "Thẩm tra lý lịch khi chưa đủ thời gian cảm tình đảng"),
            Map.entry("CERTIFICATE_MISSING", "Chưa có giấy chứng nhận lớp nhận thức về Đảng"),
            Map.entry("CERTIFICATE_EXPIRED", "Giấy chứng nhận lớp nhận thức về Đảng hết hạn"),
            Map.entry("AGE_RANGE", "Chưa đủ tuổi khi chi bộ xét"),
            Map.entry("SCHOOLING_BELOW_MINIMUM", "Trình độ học vấn chưa đạt mức tối thiểu"),
            Map.entry("SCHOOLING_NOT_RECORDED", "Hồ sơ chưa ghi trình độ học vấn khi chi bộ xét"),
            Map.entry("INTRODUCER_NOT_OFFICIAL", "Người giới thiệu chưa là đảng viên chính thức"),
            Map.entry("INTRODUCER_ACQUAINTANCE", "Người giới thiệu chưa đủ 12 tháng công tác cùng"),
            Map.entry("INTRODUCTION_ROUTE", "Giới thiệu không đúng trường hợp"),
            Map.entry("YOUTH_UNION_MEMBERSHIP", "Trong độ tuổi đoàn nhưng không là đoàn viên"),
            Map.entry("VOTE_THRESHOLD", "Chưa đủ 2/3 đảng viên chính thức tán thành"),
            Map.entry("PROBATION_NOT_COMPLETED", "Xét công nhận khi chưa hết thời gian dự bị"),
            Map.entry("NEW_MEMBER_CLASS_NOT_ATTENDED", "Xét công nhận khi chưa học lớp bồi dưỡng đảng viên mới"));

    private RuleNames() {
    }

    public static String vietnamese(String code) {
        return VIETNAMESE.getOrDefault(code, code);
    }

    /** The Vietnamese name of each code, in the order given. */
    public static Map<String, String> of(Set<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, vietnamese(code)));
        return names;
    }
}
