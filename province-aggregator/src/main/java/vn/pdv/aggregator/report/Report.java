package vn.pdv.aggregator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.pdv.aggregator.fulfilment.AdmittedPeople;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Figure;
import vn.pdv.aggregator.fulfilment.Progress;

/**
 * A fulfilment report as a committee hands it in each quarter, half-year or year (seed 001 asks for "hàng quý, 6
 * tháng, năm"): the title block, then a table of admissions and one of sources, each with a line per unit directly
 * beneath the reporting unit and a total for its whole subtree. Format-free; {@code file} lays it out.
 *
 * <p>The total is the reporting unit's own progress: its whole subtree's actuals against the quota the level above
 * gave it. The quotas it gave the units beneath need not add up to that (plan 104-KH/ĐUK gives out 260 of its 240),
 * so the table says so in a note rather than print a total that is not the column's sum. Figures recorded at the
 * reporting unit itself, not at a unit beneath, get a line of their own, so the lines do add up to the total.
 */
public record Report(Heading heading, List<Section> sections) {

    public Report {
        sections = List.copyOf(sections);
    }

    /**
     * The report with a third table, the findings (issue 13): what each unit beneath recorded although a deadline or
     * paperwork rule was broken, for the inspection committee.
     *
     * @param findings by unit code (the reporting unit's whole subtree and each unit beneath), the findings by rule
     */
    public static Report of(Heading heading, Progress whole, List<Progress> beneath,
                            Map<String, Map<String, Long>> findings) {
        Report report = of(heading, whole, beneath);
        Section admissions = report.sections().getFirst();
        List<ReportRow> rows = new ArrayList<>();
        Map<String, Long> beneathSum = new TreeMap<>();
        for (ReportRow row : admissions.rows()) {
            if (row.number() == null) {
                continue;
            }
            Map<String, Long> own = findings.getOrDefault(row.unit().value(), Map.of());
            own.forEach((rule, count) -> beneathSum.merge(rule, count, Long::sum));
            rows.add(row.withFindings(own));
        }
        Map<String, Long> wholeFindings = findings.getOrDefault(whole.unit(), Map.of());
        Map<String, Long> direct = new TreeMap<>();
        wholeFindings.forEach((rule, count) -> {
            long remainder = count - beneathSum.getOrDefault(rule, 0L);
            if (remainder != 0) {
                direct.put(rule, remainder);
            }
        });
        if (!direct.isEmpty()) {
            rows.add(new ReportRow(null, heading.unit(), "Ghi nhận trực tiếp tại " + whole.name(), null, null, null,
                    null, direct));
        }
        Section found = new Section("Phát hiện", "III. BƯỚC GHI NHẬN SAI THỜI HẠN, THỦ TỤC (PHÁT HIỆN)",
                Columns.FINDINGS, rows, admissions.total().withFindings(wholeFindings),
                List.of("Ghi chú: các bước này đã được ghi nhận và tính vào số liệu ở trên; bảng này để cấp ủy, "
                        + "ủy ban kiểm tra theo dõi việc chấp hành thời hạn, thủ tục."));
        List<Section> sections = new ArrayList<>(report.sections());
        sections.add(sections.size() - 1, found);
        return new Report(heading, sections);
    }

    /**
     * @param whole   the reporting unit's progress, its whole subtree counted
     * @param beneath the progress of each unit directly beneath it, in the order the report lists them
     */
    public static Report of(Heading heading, Progress whole, List<Progress> beneath) {
        List<ReportRow> units = new ArrayList<>();
        for (Progress unit : beneath) {
            units.add(ReportRow.of(units.size() + 1, unit.name(), unit));
        }
        ReportRow direct = new ReportRow(null, heading.unit(), "Ghi nhận trực tiếp tại " + whole.name(),
                remainder(whole.admissions(), beneath, Progress::admissions),
                remainder(whole.admissionsBy().get(Counter.YOUTH_UNION), beneath,
                        p -> p.admissionsBy().get(Counter.YOUTH_UNION)),
                remainder(whole.admissionsBy().get(Counter.TRADE_UNION), beneath,
                        p -> p.admissionsBy().get(Counter.TRADE_UNION)),
                remainder(whole.sources(), beneath, Progress::sources));
        ReportRow total = ReportRow.of(null, ReportRow.TOTAL, whole);

        boolean directAdmissions = direct.admissions().actual() != 0 || direct.youthUnion().actual() != 0
                || direct.tradeUnion().actual() != 0;
        List<String> admissionNotes = new ArrayList<>(
                quotaNotes(whole.name(), whole.admissions().quota(), beneath, Progress::admissions));
        admissionNotes.addAll(ratioNotes(whole, beneath));
        if (Stream.concat(units.stream(), Stream.of(direct, total)).anyMatch(Report::unionsOverlap)) {
            admissionNotes.add(UNIONS_OVERLAP);
        }
        Section admissions = new Section("Kết nạp đảng viên", "I. KẾT NẠP ĐẢNG VIÊN", Columns.ADMISSIONS,
                withDirect(units, direct, directAdmissions), total, admissionNotes);
        Section sources = new Section("Tạo nguồn", "II. TẠO NGUỒN KẾT NẠP ĐẢNG", Columns.SOURCES,
                withDirect(units, direct, direct.sources().actual() != 0), total,
                quotaNotes(whole.name(), whole.sources().quota(), beneath, Progress::sources));
        return new Report(heading, List.of(admissions, sources, form(whole, beneath, units, direct, total)));
    }

    /**
     * The people admitted laid out like the statistical form (issue 13): a line per unit beneath, the figures recorded
     * at the reporting unit itself when there are any, and the total. Comes after the plan tables (and the findings,
     * when asked for), so a committee's first sheets stay where they were.
     */
    private static Section form(Progress whole, List<Progress> beneath, List<ReportRow> units, ReportRow direct,
                                ReportRow total) {
        AdmittedPeople directPeople = whole.categories().minus(beneath.stream().map(Progress::categories).toList());
        boolean any = directPeople.admitted() != 0 || directPeople.organisationsWithSources() != 0;
        return new Section("Thống kê kết nạp", "ĐẢNG VIÊN MỚI KẾT NẠP THEO CÁC TIÊU CHÍ THỐNG KÊ", Columns.FORM,
                withDirect(units, direct.withPeople(directPeople), any), total, List.of(
                        "Ghi chú: mỗi người được tính một lần trong tổng số. Các cột \"trong đó\" (nữ, dân tộc thiểu "
                                + "số, tôn giáo, đoàn viên thanh niên, đoàn viên công đoàn, kết nạp lại) có thể trùng "
                                + "nhau — một người vừa là đoàn viên thanh niên vừa là đoàn viên công đoàn được tính ở "
                                + "cả hai cột — nên không cộng lại thành tổng số; mỗi cột không lớn hơn tổng số.",
                        "Tuổi, giáo dục phổ thông, chuyên môn nghiệp vụ và nghề nghiệp: mỗi nhóm cộng lại bằng tổng "
                                + "số; \"chưa rõ\" là người chưa xác định được (chưa có ngày sinh, hoặc nội dung đã "
                                + "nhập không xếp được vào loại nào). Tuổi tính tròn năm vào ngày kết nạp.",
                        "Tổ chức cơ sở đảng có kết nạp / có nguồn: số đảng bộ, chi bộ cơ sở có ít nhất một đảng "
                                + "viên được kết nạp / một quần chúng được tạo nguồn trong kỳ."));
    }

    /**
     * Said when it shows: the plan's quota splits the total between youth-union and trade-union members, while the
     * results count people, a person in both unions in both columns.
     */
    static final String UNIONS_OVERLAP = "Ghi chú: kết quả đếm mỗi người một lần; cột đoàn viên thanh niên và đoàn viên "
            + "công đoàn là số \"trong đó\": người thuộc cả hai tổ chức được tính ở cả hai cột, nên hai cột cộng lại có "
            + "thể lớn hơn tổng số (chỉ tiêu của kế hoạch chia tổng số cho hai tổ chức).";

    private static boolean unionsOverlap(ReportRow row) {
        return row.youthUnion() != null && row.tradeUnion() != null && row.admissions() != null
                && row.youthUnion().actual() + row.tradeUnion().actual() > row.admissions().actual();
    }

    /**
     * The ratio targets of the reporting unit and of each unit beneath that has its own ("3–4% of membership", "at
     * least 70% youth-union"), each judged: "Mục tiêu tỷ lệ của …: kết nạp từ 3–4% tổng số đảng viên: 5/150 = 3,3% (đạt)".
     */
    private static List<String> ratioNotes(Progress whole, List<Progress> beneath) {
        List<String> notes = new ArrayList<>();
        List<Progress> units = new ArrayList<>(List.of(whole));
        units.addAll(beneath);
        for (Progress unit : units) {
            for (Progress.RatioProgress ratio : unit.ratios()) {
                // A count ("4–5 classes a year") is a target, not a ratio: the note says which.
                String kind = ratio.atLeastCount() == null ? "Mục tiêu tỷ lệ của " : "Mục tiêu của ";
                notes.add(kind + unit.name() + " (" + ratio.plan() + "): " + ratio.vietnamese());
            }
        }
        return notes;
    }

    private static Figure remainder(Figure whole, List<Progress> beneath, Function<Progress, Figure> figure) {
        return Figure.of(null, whole.actual() - beneath.stream().map(figure).mapToLong(Figure::actual).sum());
    }

    private static List<ReportRow> withDirect(List<ReportRow> units, ReportRow direct, boolean any) {
        if (!any) {
            return units;
        }
        List<ReportRow> rows = new ArrayList<>(units);
        rows.add(direct);
        return rows;
    }

    /** Says when the quotas given out beneath differ from the unit's own, or the unit has none to compare with. */
    private static List<String> quotaNotes(String name, Integer own, List<Progress> beneath,
                                           Function<Progress, Figure> figure) {
        List<Integer> given = beneath.stream().map(figure).map(Figure::quota).filter(Objects::nonNull).toList();
        if (given.isEmpty()) {
            return List.of();
        }
        int sum = given.stream().mapToInt(Integer::intValue).sum();
        if (own == null) {
            return List.of("Ghi chú: " + name + " chưa được giao chỉ tiêu cho kỳ này; chỉ tiêu giao cho các đơn vị "
                    + "trực thuộc cộng lại là " + sum + ".");
        }
        if (sum != own) {
            return List.of("Ghi chú: chỉ tiêu giao cho các đơn vị trực thuộc cộng lại là " + sum
                    + ", khác chỉ tiêu " + own + " được giao cho " + name + ".");
        }
        return List.of();
    }
}
