package vn.pdv.aggregator.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.OptionalLong;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Bounds;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;

/**
 * The judgement, apart from where its figures come from. MET when the actual reaches the quota; otherwise against the
 * pace's expected count by the day: ON_TRACK at or above it, AT_RISK below it but within {@code tolerance} (a share of
 * the expected count), LAGGING further behind or when the period is over. A unit on pace is still AT_RISK when its
 * pipeline (candidates not yet admitted) is thinner than what remains times {@code coverageFactor}: a unit with no
 * sources cannot meet its quota, and the pipeline shows it months before the count does.
 *
 * @param tolerance      how far below the expected count (as a share of it) is AT_RISK rather than LAGGING, e.g. 0.2
 * @param coverageFactor candidates wanted per admission still to make, e.g. 1.0
 */
public record StatusRules(BigDecimal tolerance, BigDecimal coverageFactor) {

    public StatusRules {
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("tolerance is a share between 0 and 1: " + tolerance);
        }
        if (coverageFactor.signum() < 0) {
            throw new IllegalArgumentException("coverage factor cannot be negative: " + coverageFactor);
        }
    }

    /**
     * @param bounds   the period's days for this unit (a term's run from congress to congress), over which the pace runs
     * @param quota    null when the unit has none: UNKNOWN
     * @param pipeline candidates in the pipeline who could still fill the quota; empty when it does not apply
     *                 (sources are the pipeline's start)
     */
    public UnitStatus judge(UnitCode unit, String name, Metric metric, Period period, Bounds bounds, LocalDate asOf,
                            Integer quota,
                            long actual, OptionalLong pipeline, Pace pace) {
        if (quota == null) {
            return new UnitStatus(unit, name, metric, period, asOf, null, actual, 0, Status.UNKNOWN,
                    "Chưa có chỉ tiêu " + vi(metric) + " " + period.vietnamese() + "; đã đạt " + actual + ".",
                    "No " + en(metric) + " quota for " + period.english() + "; " + actual + " so far.");
        }
        double share = pace.shareDue(bounds.from(), bounds.until(), asOf);
        long expected = (long) Math.floor(quota * share + 1e-9);
        String figures = actual + "/" + quota;
        if (actual >= quota) {
            return status(unit, name, metric, period, asOf, quota, actual, expected, Status.MET,
                    "Đã hoàn thành " + vi(metric) + ": " + figures + " (" + percentVi(actual, quota) + ").",
                    "Met the " + en(metric) + " quota: " + figures + " (" + percentEn(actual, quota) + ").");
        }
        boolean over = !asOf.isBefore(bounds.lastDay());
        if (actual < expected) {
            BigDecimal floor = BigDecimal.valueOf(expected).multiply(BigDecimal.ONE.subtract(tolerance));
            boolean withinTolerance = !over && BigDecimal.valueOf(actual).compareTo(floor) >= 0;
            if (withinTolerance) {
                return status(unit, name, metric, period, asOf, quota, actual, expected, Status.AT_RISK,
                        "Chậm nhẹ so với tiến độ: " + figures + ", theo tiến độ cần " + expected + " đến ngày " + asOf + ".",
                        "Slightly behind pace: " + figures + ", the pace asks " + expected + " by " + asOf + ".");
            }
            return status(unit, name, metric, period, asOf, quota, actual, expected, Status.LAGGING,
                    over ? "Hết " + period.vietnamese() + " chỉ đạt " + figures + "."
                            : "Chậm tiến độ: " + figures + ", theo tiến độ cần " + expected + " đến ngày " + asOf + ".",
                    over ? period.english() + " ended at " + figures + "."
                            : "Behind pace: " + figures + ", the pace asks " + expected + " by " + asOf + ".");
        }
        long remaining = quota - actual;
        if (pipeline.isPresent() && BigDecimal.valueOf(pipeline.getAsLong())
                .compareTo(coverageFactor.multiply(BigDecimal.valueOf(remaining))) < 0) {
            return status(unit, name, metric, period, asOf, quota, actual, expected, Status.AT_RISK,
                    "Đúng tiến độ (" + figures + ") nhưng nguồn mỏng: còn " + remaining + " mà chỉ có "
                            + pipeline.getAsLong() + " quần chúng trong diện (nguồn, cảm tình đảng, đã học lớp nhận thức…).",
                    "On pace (" + figures + ") but the pipeline is thin: " + remaining + " still to admit and only "
                            + pipeline.getAsLong() + " candidates (sources, sympathisers, certificate holders…).");
        }
        return status(unit, name, metric, period, asOf, quota, actual, expected, Status.ON_TRACK,
                "Đúng tiến độ: " + figures + ", theo tiến độ cần " + expected + " đến ngày " + asOf + ".",
                "On track: " + figures + ", the pace asks " + expected + " by " + asOf + ".");
    }

    private static UnitStatus status(UnitCode unit, String name, Metric metric, Period period, LocalDate asOf, int quota,
                                     long actual, long expected, Status status, String vi, String en) {
        return new UnitStatus(unit, name, metric, period, asOf, quota, actual, expected, status, vi, en);
    }

    private static String vi(Metric metric) {
        return metric == Metric.SOURCES ? "tạo nguồn" : "kết nạp";
    }

    private static String en(Metric metric) {
        return metric == Metric.SOURCES ? "source" : "admission";
    }

    private static BigDecimal percent(long actual, int quota) {
        return BigDecimal.valueOf(actual * 100).divide(BigDecimal.valueOf(quota), 1, RoundingMode.HALF_UP);
    }

    private static String percentVi(long actual, int quota) {
        return quota == 0 ? "—" : percent(actual, quota).toPlainString().replace('.', ',') + "%";
    }

    private static String percentEn(long actual, int quota) {
        return quota == 0 ? "—" : percent(actual, quota).toPlainString() + "%";
    }
}
