package vn.pdv.aggregator.report;

import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Figure;
import vn.pdv.aggregator.fulfilment.Progress;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * One line of a report: a unit beneath the reporting one, the figures recorded at the reporting unit itself, or the
 * total.
 *
 * @param number the STT a person reads it by; null for the lines that are not a unit beneath (direct, total)
 * @param label  the unit's name, or what the line is ("Tổng cộng")
 */
public record ReportRow(Integer number, UnitCode unit, String label, Figure admissions, Figure youthUnion,
                        Figure tradeUnion, Figure sources) {

    public static final String TOTAL = "Tổng cộng";

    static ReportRow of(Integer number, String label, Progress progress) {
        return new ReportRow(number, new UnitCode(progress.unit()), label, progress.admissions(),
                progress.admissionsBy().get(Counter.YOUTH_UNION), progress.admissionsBy().get(Counter.TRADE_UNION),
                progress.sources());
    }
}
