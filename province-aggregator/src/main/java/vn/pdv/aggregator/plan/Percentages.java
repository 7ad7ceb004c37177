package vn.pdv.aggregator.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one way plan figures turn into percentages: one decimal, half up, as the directives print them (102.1%). */
final class Percentages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {
    }

    static BigDecimal of(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** Whether part/whole is below the percentage, compared exactly rather than after rounding. */
    static boolean below(long part, long whole, BigDecimal percent) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(whole))) < 0;
    }

    static boolean above(long part, long whole, BigDecimal percent) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(whole))) > 0;
    }

    static String vietnamese(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }

    static String english(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }
}
