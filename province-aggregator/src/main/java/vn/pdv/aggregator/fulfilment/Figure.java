package vn.pdv.aggregator.fulfilment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One number against its plan.
 *
 * @param quota null when no quota was assigned
 * @param percentOfPlan one decimal, half up: 148 against 145 reads 102.1; null without a positive quota
 */
public record Figure(Integer quota, long actual, BigDecimal percentOfPlan) {

    public static Figure of(Integer quota, long actual) {
        BigDecimal percent = quota == null || quota <= 0 ? null
                : BigDecimal.valueOf(actual * 100).divide(BigDecimal.valueOf(quota), 1, RoundingMode.HALF_UP);
        return new Figure(quota, actual, percent);
    }
}
