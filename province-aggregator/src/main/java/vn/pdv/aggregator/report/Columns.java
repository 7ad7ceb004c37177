package vn.pdv.aggregator.report;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.pdv.aggregator.finding.RuleNames;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.report.Column.Kind;

/**
 * The columns of each report table. Admissions follow plan 104-KH/ĐUK's annex (STT, Đơn vị, then total, youth-union
 * and trade-union members) once for the quota and once for the result, then per cent of plan, so a committee can lay
 * the report beside the plan it was given.
 */
public final class Columns {

    private static final String QUOTA = "Chỉ tiêu";
    private static final String RESULT = "Kết quả thực hiện";
    private static final String PERCENT = "Tỷ lệ so với chỉ tiêu (%)";
    private static final String UNKNOWN = "Chưa rõ";

    public static final List<Column> ADMISSIONS = List.of(
            new Column(null, "STT", Kind.ORDINAL, 6, ReportRow::number),
            new Column(null, "Đơn vị", Kind.TEXT, 46, ReportRow::label),
            new Column(QUOTA, "Tổng số", Kind.COUNT, 10, row -> row.admissions().quota()),
            new Column(QUOTA, "Đoàn viên thanh niên", Kind.COUNT, 12, row -> row.youthUnion().quota()),
            new Column(QUOTA, "Đoàn viên công đoàn", Kind.COUNT, 12, row -> row.tradeUnion().quota()),
            new Column(RESULT, "Tổng số", Kind.COUNT, 10, row -> row.admissions().actual()),
            new Column(RESULT, "Đoàn viên thanh niên", Kind.COUNT, 12, row -> row.youthUnion().actual()),
            new Column(RESULT, "Đoàn viên công đoàn", Kind.COUNT, 12, row -> row.tradeUnion().actual()),
            new Column(null, PERCENT, Kind.PERCENT, 12, row -> row.admissions().percentOfPlan()));

    public static final List<Column> SOURCES = List.of(
            new Column(null, "STT", Kind.ORDINAL, 6, ReportRow::number),
            new Column(null, "Đơn vị", Kind.TEXT, 46, ReportRow::label),
            new Column(null, QUOTA, Kind.COUNT, 12, row -> row.sources().quota()),
            new Column(null, RESULT, Kind.COUNT, 12, row -> row.sources().actual()),
            new Column(null, PERCENT, Kind.PERCENT, 12, row -> row.sources().percentOfPlan()));

    /**
     * The findings (issue 13): the steps each unit recorded although a deadline or paperwork rule was broken, for the
     * inspection committee; a column per rule committees usually record so, then the others.
     */
    public static final List<Column> FINDINGS = findings();

    private static List<Column> findings() {
        String group = "Bước ghi nhận sai thời hạn, thủ tục";
        List<Column> columns = new ArrayList<>(List.of(
                new Column(null, "STT", Kind.ORDINAL, 6, ReportRow::number),
                new Column(null, "Đơn vị", Kind.TEXT, 46, ReportRow::label),
                new Column(null, "Tổng số", Kind.COUNT, 10, ReportRow::findingsTotal)));
        for (String rule : RuleNames.USUAL) {
            columns.add(new Column(group, RuleNames.vietnamese(rule), Kind.COUNT, 16, row -> row.findingsOf(rule)));
        }
        columns.add(new Column(group, "Khác", Kind.COUNT, 10, row -> row.findingsOther(RuleNames.USUAL)));
        return List.copyOf(columns);
    }

    /**
     * The people admitted as the statistical form counts them (issue 13; DOMAIN.md "What reports count"): the total,
     * then the "of which" parts, which overlap (a person in both unions is in both columns, each at most the total),
     * then the splits of the total — age at admission with the average, general education, professional level,
     * occupation — each with a "chưa rõ" column for those whose category is not known, so each group adds up to the
     * total; last, the grassroots organisations that admitted and that identified sources in the period.
     */
    public static final List<Column> FORM = form();

    private static List<Column> form() {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(null, "STT", Kind.ORDINAL, 6, ReportRow::number),
                new Column(null, "Đơn vị", Kind.TEXT, 36, ReportRow::label),
                new Column(null, "Tổng số kết nạp", Kind.COUNT, 10, row -> row.peopleIn(Counter.TOTAL))));
        counted(columns, "Trong đó", List.of(
                entry(Counter.FEMALE, "Nữ"),
                entry(Counter.ETHNIC_MINORITY, "Dân tộc thiểu số"),
                entry(Counter.RELIGIOUS, "Tôn giáo"),
                entry(Counter.YOUTH_UNION, "Đoàn viên thanh niên"),
                entry(Counter.TRADE_UNION, "Đoàn viên công đoàn"),
                entry(Counter.READMISSION, "Kết nạp lại")));
        String age = "Tuổi khi kết nạp";
        counted(columns, age, List.of(
                entry(Counter.AGE_18_TO_30, "Đến 30"),
                entry(Counter.AGE_31_TO_40, "31–40"),
                entry(Counter.AGE_41_TO_50, "41–50"),
                entry(Counter.AGE_OVER_50, "Trên 50"),
                entry(Counter.AGE_UNSPECIFIED, UNKNOWN)));
        columns.add(new Column(age, "Bình quân", Kind.DECIMAL, 9,
                row -> row.people() == null ? null : row.people().averageAge()));
        counted(columns, "Giáo dục phổ thông", List.of(
                entry(Counter.EDUCATION_PRIMARY, "Tiểu học"),
                entry(Counter.EDUCATION_LOWER_SECONDARY, "Trung học cơ sở"),
                entry(Counter.EDUCATION_UPPER_SECONDARY, "Trung học phổ thông"),
                entry(Counter.EDUCATION_UNSPECIFIED, UNKNOWN)));
        counted(columns, "Chuyên môn nghiệp vụ", List.of(
                entry(Counter.PROFESSION_NONE, "Chưa qua đào tạo"),
                entry(Counter.PROFESSION_ELEMENTARY, "Sơ cấp"),
                entry(Counter.PROFESSION_INTERMEDIATE, "Trung cấp"),
                entry(Counter.PROFESSION_COLLEGE, "Cao đẳng"),
                entry(Counter.PROFESSION_UNIVERSITY, "Đại học"),
                entry(Counter.PROFESSION_MASTER, "Thạc sĩ"),
                entry(Counter.PROFESSION_DOCTORATE, "Tiến sĩ"),
                entry(Counter.PROFESSION_UNSPECIFIED, UNKNOWN)));
        counted(columns, "Nghề nghiệp", List.of(
                entry(Counter.SECTOR_WORKER, "Công nhân"),
                entry(Counter.SECTOR_FARMER, "Nông dân"),
                entry(Counter.SECTOR_PUBLIC_SERVANT, "Cán bộ, công chức, viên chức"),
                entry(Counter.SECTOR_MILITARY, "Quân đội"),
                entry(Counter.SECTOR_POLICE, "Công an"),
                entry(Counter.SECTOR_BUSINESS_OWNER, "Chủ doanh nghiệp tư nhân"),
                entry(Counter.SECTOR_STUDENT, "Học sinh, sinh viên"),
                entry(Counter.SECTOR_OTHER, "Khác"),
                entry(Counter.SECTOR_UNSPECIFIED, UNKNOWN)));
        String organisations = "Tổ chức cơ sở đảng";
        columns.add(new Column(organisations, "Có kết nạp đảng viên", Kind.COUNT, 11,
                row -> row.people() == null ? null : row.people().organisationsAdmitted()));
        columns.add(new Column(organisations, "Có nguồn kết nạp", Kind.COUNT, 11,
                row -> row.people() == null ? null : row.people().organisationsWithSources()));
        return List.copyOf(columns);
    }

    /** A column under {@code group} per counter, headed as given. */
    private static void counted(List<Column> columns, String group, List<Map.Entry<Counter, String>> headed) {
        headed.forEach(column -> columns.add(new Column(group, column.getValue(), Kind.COUNT, 9,
                row -> row.peopleIn(column.getKey()))));
    }

    private Columns() {
    }
}
