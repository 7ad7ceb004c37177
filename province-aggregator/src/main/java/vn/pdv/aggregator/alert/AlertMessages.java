package vn.pdv.aggregator.alert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.status.Status;
import vn.pdv.aggregator.status.UnitStatus;

/**
 * The words of alerts, Vietnamese first. A status change reads like
 * "Chậm tiến độ: kết nạp đảng viên năm 2024, 9/20 (45,0%) — Chi bộ Khối Nội chính (DUK-01-KN)."; the judgement's own
 * reason follows on the next line.
 */
public final class AlertMessages {

    /** Worst first: the order digests list and count in. */
    public static final List<Status> SEVERITY = List.of(Status.LAGGING, Status.AT_RISK, Status.ON_TRACK, Status.MET,
            Status.UNKNOWN);

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AlertMessages() {
    }

    /**
     * A plan's own target reads with the target, its value and its threshold in the first line, e.g. "Chậm tiến độ: mục
     * tiêu Tổ chức từ 4 đến 5 lớp bồi dưỡng nhận thức về Đảng năm 2024: 1 lớp, theo tiến độ cần 3 đến ngày 2024-12-30
     * (không đạt) — Đảng bộ Khối (DUK)."
     */
    public static Message statusChanged(UnitStatus now, Status before) {
        if (now.ofTarget()) {
            return new Message(capitalise(now.status().vietnamese()) + ": mục tiêu " + now.reason() + " — "
                    + now.unitName() + " (" + now.unit() + ").\n"
                    + (before == null ? "Lần đánh giá đầu tiên." : "Trước đó: " + before.vietnamese() + "."),
                    capitalise(now.status().english()) + ": target " + now.reasonEn() + " — " + now.unitName() + " ("
                            + now.unit() + ").\n"
                            + (before == null ? "First judgement." : "Previously: " + before.english() + "."));
        }
        String vi = capitalise(now.status().vietnamese()) + ": " + figuresVi(now) + " — " + now.unitName() + " ("
                + now.unit() + ").\n"
                + (before == null ? "Lần đánh giá đầu tiên." : "Trước đó: " + before.vietnamese() + ".")
                + suffix(now.reason());
        String en = capitalise(now.status().english()) + ": " + figuresEn(now) + " — " + now.unitName() + " ("
                + now.unit() + ").\n"
                + (before == null ? "First judgement." : "Previously: " + before.english() + ".")
                + suffix(now.reasonEn());
        return new Message(vi, en);
    }

    /**
     * @param concerning the judgements at risk or lagging, worst first
     * @param counts     every judgement beneath the committee, by status
     */
    public static Message digest(Addressee committee, LocalDate on, List<UnitStatus> concerning,
                                 Map<Status, Long> counts) {
        StringBuilder vi = new StringBuilder("Tổng hợp đến ngày " + VIETNAMESE_DATE.format(on) + " — "
                + committee.name() + " (" + committee.code() + "): " + countsIn(counts, true) + ".");
        StringBuilder en = new StringBuilder("Digest to " + on + " — " + committee.name() + " (" + committee.code()
                + "): " + countsIn(counts, false) + ".");
        for (UnitStatus status : concerning) {
            vi.append("\n- ").append(status.unitName()).append(" (").append(status.unit()).append("): ")
                    .append(status.status().vietnamese()).append(", ").append(figuresVi(status)).append('.')
                    .append(suffix(status.reason()));
            en.append("\n- ").append(status.unitName()).append(" (").append(status.unit()).append("): ")
                    .append(status.status().english()).append(", ").append(figuresEn(status)).append('.')
                    .append(suffix(status.reasonEn()));
        }
        return new Message(vi.toString(), en.toString());
    }

    /** {@code actual} against {@code quota} in per cent, one decimal; null without a quota to compare with. */
    public static BigDecimal percentOfPlan(Integer quota, long actual) {
        if (quota == null || quota <= 0) {
            return null;
        }
        return BigDecimal.valueOf(actual).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(quota), 1, RoundingMode.HALF_UP);
    }

    public static String metricVi(Metric metric) {
        return switch (metric) {
            case ADMISSIONS -> "kết nạp đảng viên";
            case SOURCES -> "tạo nguồn";
            case SYMPATHISERS_ADDED -> "bổ sung danh sách cảm tình đảng";
            case SYMPATHISERS_REMOVED -> "đưa ra khỏi danh sách cảm tình đảng";
            case CERTIFICATES -> "cấp giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng";
            case RECOGNITIONS -> "công nhận đảng viên chính thức";
            case EXITS -> "ra khỏi quy trình";
            case AWARENESS_CLASSES -> "lớp bồi dưỡng nhận thức về Đảng";
            case NEW_MEMBER_CLASSES -> "lớp bồi dưỡng đảng viên mới";
        };
    }

    public static String metricEn(Metric metric) {
        return switch (metric) {
            case ADMISSIONS -> "admissions";
            case SOURCES -> "sources";
            case SYMPATHISERS_ADDED -> "sympathisers added";
            case SYMPATHISERS_REMOVED -> "sympathisers removed";
            case CERTIFICATES -> "awareness-class certificates";
            case RECOGNITIONS -> "recognitions";
            case EXITS -> "exits";
            case AWARENESS_CLASSES -> "awareness classes";
            case NEW_MEMBER_CLASSES -> "new-member classes";
        };
    }

    private static String figuresVi(UnitStatus status) {
        return metricVi(status.metric()) + " " + status.period().vietnamese() + ", " + fraction(status)
                + percent(status, ",");
    }

    private static String figuresEn(UnitStatus status) {
        return status.period().english() + " " + metricEn(status.metric()) + ", " + fraction(status)
                + percent(status, ".");
    }

    private static String fraction(UnitStatus status) {
        return status.quota() == null ? String.valueOf(status.actual()) : status.actual() + "/" + status.quota();
    }

    private static String percent(UnitStatus status, String decimalMark) {
        BigDecimal percent = percentOfPlan(status.quota(), status.actual());
        return percent == null ? "" : " (" + percent.toPlainString().replace(".", decimalMark) + "%)";
    }

    private static String countsIn(Map<Status, Long> counts, boolean vietnamese) {
        Map<Status, Long> ordered = new EnumMap<>(Status.class);
        ordered.putAll(counts);
        return SEVERITY.stream().filter(status -> ordered.getOrDefault(status, 0L) > 0)
                .map(status -> ordered.get(status) + " " + (vietnamese ? status.vietnamese() : status.english()))
                .collect(Collectors.joining(", "));
    }

    private static String suffix(String reason) {
        return reason == null || reason.isBlank() ? "" : " " + reason;
    }

    private static String capitalise(String text) {
        return text.substring(0, 1).toUpperCase(Locale.of("vi")) + text.substring(1);
    }
}
