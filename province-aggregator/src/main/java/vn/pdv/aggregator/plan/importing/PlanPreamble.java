package vn.pdv.aggregator.plan.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.pdv.aggregator.plan.CountRange;
import vn.pdv.aggregator.plan.PlanTarget;
import vn.pdv.aggregator.plan.RatioTarget;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;

/**
 * Reads what the lines above a quota table say about the plan, in the wording plans use: the annex caption
 * "(Kèm theo Kế hoạch số 104-KH/ĐUK, ngày 06/3/2024 của Ban Thường vụ Đảng ủy Khối)", or "Số 104-KH/ĐUK" with
 * "ngày 06 tháng 3 năm 2024"; and the target sentence "mỗi năm kết nạp 240 đảng viên mới (đạt trên 4% đảng viên …)
 * … đoàn viên thanh niên … từ 70% trở lên"; and the range of seed 003, "đạt từ 3-4% tổng số đảng viên"; seed 001's classes, "Hằng năm, tổ chức từ 04 đến 05 lớp …
 * dành cho đối tượng kết nạp Đảng". Wording outside these patterns is not understood; the caller can always
 * give the reference and targets instead. "Trên 4%" is read as at least 4%.
 */
final class PlanPreamble {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern CAPTION = Pattern.compile(
            "kế hoạch số\\s*:?\\s*(\\d+[-–][\\p{L}\\p{N}/.-]+?)\\s*,?\\s*ngày\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})"
                    + "(?:\\s*,?\\s*(?:của|do)\\s+([^)]+))?", FLAGS);
    private static final Pattern NUMBER = Pattern.compile("^\\s*số\\s*:?\\s*(\\d+[-–][\\p{L}\\p{N}/.-]+)\\s*$", FLAGS);
    private static final Pattern DATE = Pattern.compile("ngày\\s*(\\d{1,2})\\s*tháng\\s*(\\d{1,2})\\s*năm\\s*(\\d{4})", FLAGS);
    private static final Pattern YEARLY_TOTAL = Pattern.compile(
            "mỗi năm\\s*(?:kết nạp|phát triển)\\s*(?:từ\\s*)?(\\d+)\\s*đảng viên", FLAGS);
    private static final Pattern MEMBERSHIP_SHARE = Pattern.compile(
            "(?:trên|từ)\\s*(\\d+(?:[.,]\\d+)?)\\s*%\\s*(?:tổng số\\s*)?đảng viên", FLAGS);
    /**
     * "từ 3-4% tổng số đảng viên", "3–4% trên tổng số đảng viên", "từ 3 đến 4% đảng viên" (seed 003): a range, the
     * first % optional, joined by a hyphen, an en or em dash, or "đến".
     */
    private static final Pattern MEMBERSHIP_RANGE = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*%?\\s*(?:[-–—]|đến)\\s*(\\d+(?:[.,]\\d+)?)\\s*%\\s*(?:trên\\s*)?(?:tổng số\\s*)?đảng viên",
            FLAGS);
    /**
     * Seed 001's "Hằng năm, tổ chức từ 04 đến 05 lớp Bồi dưỡng lý luận chính trị dành cho đối tượng kết nạp Đảng": a
     * yearly range of classes, for the people being considered for admission (the awareness class, whatever the plan
     * calls it: "đối tượng kết nạp", "nhận thức về Đảng"). Classes for other people (new members, cadres) are not this
     * target.
     */
    private static final Pattern AWARENESS_CLASSES = Pattern.compile(
            "(?:hằng|hàng|mỗi)\\s*năm[^.;]*?(?:tổ chức|mở)\\s*(?:từ\\s*)?(\\d+)\\s*(?:[-–—]|đến)\\s*(\\d+)\\s*lớp"
                    + "[^.;]*?(?:đối tượng kết nạp|nhận thức về đảng)", FLAGS);
    private static final Pattern YOUTH_SHARE = Pattern.compile(
            "đoàn viên thanh niên[^.%]*?(\\d+(?:[.,]\\d+)?)\\s*%\\s*trở lên", FLAGS);

    private final Optional<PlanReference> plan;
    private final OptionalInt yearlyTotal;
    private final List<RatioTarget> ratios;
    private final Optional<CountRange> yearlyClasses;

    private PlanPreamble(Optional<PlanReference> plan, OptionalInt yearlyTotal, List<RatioTarget> ratios,
                         Optional<CountRange> yearlyClasses) {
        this.plan = plan;
        this.yearlyTotal = yearlyTotal;
        this.ratios = List.copyOf(ratios);
        this.yearlyClasses = yearlyClasses;
    }

    static PlanPreamble read(List<String> lines) {
        Optional<PlanReference> caption = Optional.empty();
        String number = null;
        LocalDate date = null;
        OptionalInt total = OptionalInt.empty();
        Set<RatioTarget> ratios = new LinkedHashSet<>();
        Optional<CountRange> classes = Optional.empty();
        for (String line : lines) {
            Matcher m;
            if (caption.isEmpty() && (m = CAPTION.matcher(line)).find()) {
                Optional<LocalDate> issuedOn = dateOf(m.group(2), m.group(3), m.group(4));
                Optional<String> issuedBy = Optional.ofNullable(m.group(5)).map(String::strip).filter(s -> !s.isEmpty());
                caption = Optional.of(new PlanReference(m.group(1), issuedOn, issuedBy));
            }
            if (number == null && (m = NUMBER.matcher(line)).find()) {
                number = m.group(1);
            }
            if (date == null && (m = DATE.matcher(line)).find()) {
                date = dateOf(m.group(1), m.group(2), m.group(3)).orElse(null);
            }
            if (total.isEmpty() && (m = YEARLY_TOTAL.matcher(line)).find()) {
                total = OptionalInt.of(Integer.parseInt(m.group(1)));
            }
            if ((m = MEMBERSHIP_RANGE.matcher(line)).find()) {
                ratios.add(new RatioTarget.ShareOfMembership(percent(m.group(1)), Optional.of(percent(m.group(2)))));
            } else if ((m = MEMBERSHIP_SHARE.matcher(line)).find()) {
                ratios.add(RatioTarget.atLeastShareOfMembership(percent(m.group(1))));
            }
            if ((m = YOUTH_SHARE.matcher(line)).find()) {
                ratios.add(new RatioTarget.ShareOfQuota(Attribute.YOUTH_UNION, percent(m.group(1))));
            }
            if (classes.isEmpty() && (m = AWARENESS_CLASSES.matcher(line)).find()) {
                int low = Integer.parseInt(m.group(1));
                int high = Integer.parseInt(m.group(2));
                classes = high < low ? Optional.empty() : Optional.of(new CountRange(low, high));
            }
        }
        Optional<PlanReference> plan = caption.isPresent() || number == null
                ? caption
                : Optional.of(new PlanReference(number, Optional.ofNullable(date), Optional.empty()));
        return new PlanPreamble(plan, total, List.copyOf(ratios), classes);
    }

    Optional<PlanReference> plan() {
        return plan;
    }

    /**
     * The yearly targets, applied to every year the table has columns for, as "mỗi năm" says: the admissions target,
     * then the awareness classes (a target of its own metric).
     */
    List<PlanTarget> targetsFor(List<Period> periods) {
        List<PlanTarget> targets = new ArrayList<>();
        for (Period period : periods) {
            if (period.kind() != Period.Kind.YEAR) {
                continue;
            }
            if (yearlyTotal.isPresent() || !ratios.isEmpty()) {
                targets.add(new PlanTarget(period, Metric.ADMISSIONS, yearlyTotal, ratios));
            }
            yearlyClasses.ifPresent(classes -> targets.add(PlanTarget.awarenessClasses(period, classes)));
        }
        return List.copyOf(targets);
    }

    private static Optional<LocalDate> dateOf(String day, String month, String year) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    private static BigDecimal percent(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }
}
