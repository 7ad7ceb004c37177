package vn.pdv.aggregator.report;

import java.util.List;
import java.util.Map;
import vn.pdv.aggregator.fulfilment.AdmittedPeople;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Figure;
import vn.pdv.aggregator.fulfilment.Progress;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * One line of a report: a unit beneath the reporting one, the figures recorded at the reporting unit itself, or the
 * total.
 *
 * @param number   the STT a person reads it by; null for the lines that are not a unit beneath (direct, total)
 * @param label    the unit's name, or what the line is ("Tổng cộng")
 * @param findings the steps recorded with a finding, by rule code (empty where the report has no findings table)
 * @param people   the people admitted as the statistical form counts them (null where the report has no such table)
 */
public record ReportRow(Integer number, UnitCode unit, String label, Figure admissions, Figure youthUnion,
                        Figure tradeUnion, Figure sources, Map<String, Long> findings, AdmittedPeople people) {

    public static final String TOTAL = "Tổng cộng";

    public ReportRow {
        findings = findings == null ? Map.of() : Map.copyOf(findings);
    }

    public ReportRow(Integer number, UnitCode unit, String label, Figure admissions, Figure youthUnion,
                     Figure tradeUnion, Figure sources, Map<String, Long> findings) {
        this(number, unit, label, admissions, youthUnion, tradeUnion, sources, findings, null);
    }

    public ReportRow(Integer number, UnitCode unit, String label, Figure admissions, Figure youthUnion,
                     Figure tradeUnion, Figure sources) {
        this(number, unit, label, admissions, youthUnion, tradeUnion, sources, Map.of(), null);
    }

    static ReportRow of(Integer number, String label, Progress progress) {
        return new ReportRow(number, new UnitCode(progress.unit()), label, progress.admissions(),
                progress.admissionsBy().get(Counter.YOUTH_UNION), progress.admissionsBy().get(Counter.TRADE_UNION),
                progress.sources(), Map.of(), progress.categories());
    }

    /** The line with its findings. */
    ReportRow withFindings(Map<String, Long> byRule) {
        return new ReportRow(number, unit, label, admissions, youthUnion, tradeUnion, sources, byRule, people);
    }

    /** The line with the people admitted as the statistical form counts them. */
    ReportRow withPeople(AdmittedPeople counted) {
        return new ReportRow(number, unit, label, admissions, youthUnion, tradeUnion, sources, findings, counted);
    }

    /** One figure of the statistical form's sheet; null on a line without them. */
    public Long peopleIn(Counter counter) {
        return people == null ? null : people.of(counter);
    }

    /** All findings of the line. */
    public long findingsTotal() {
        return findings.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The findings of a rule, 0 when none. */
    public long findingsOf(String rule) {
        return findings.getOrDefault(rule, 0L);
    }

    /** The findings of rules other than those named. */
    public long findingsOther(List<String> named) {
        return findings.entrySet().stream().filter(entry -> !named.contains(entry.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
