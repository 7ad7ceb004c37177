package vn.pdv.common.ui;

import java.util.List;

/**
 * A chart and, from the same figures, the table that stands in for it for screen readers and for anyone who wants
 * the numbers; drawn by {@code layout/parts :: chart(chart)}. Series are told apart by line style and legend as well
 * as colour.
 *
 * @param title  message key of what the chart shows (also the canvas's accessible name and the table's caption)
 * @param axis   message key naming the labels (the table's first heading), e.g. "Tháng"
 * @param labels the points along the axis, already written for the reader (e.g. {@link Fmt#month})
 * @param unit   whether the values are counts or percentages (how axis, tooltips and table write them)
 */
public record Chart(String title, String axis, List<String> labels, List<Series> series, Unit unit) {

    public enum Unit { COUNT, PERCENT }

    /**
     * How a series is drawn: {@code ACTUAL} a solid line with points, {@code EXPECTED} a dashed line,
     * {@code TARGET} a dotted line (a quota), {@code BAR} bars.
     */
    public enum Style { ACTUAL, EXPECTED, TARGET, BAR }

    /**
     * @param label  message key of the series' name in the legend
     * @param values one per label; null where there is no figure yet (the line stops there)
     */
    public record Series(String label, List<? extends Number> values, Style style) {
    }

    public Chart {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != labels.size()) {
                throw new IllegalArgumentException("Series " + one.label() + " has " + one.values().size()
                        + " values for " + labels.size() + " labels");
            }
        }
    }
}
