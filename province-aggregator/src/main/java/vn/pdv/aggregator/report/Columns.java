package vn.pdv.aggregator.report;

import java.util.ArrayList;
import java.util.List;
import vn.pdv.aggregator.finding.RuleNames;
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

    private Columns() {
    }
}
