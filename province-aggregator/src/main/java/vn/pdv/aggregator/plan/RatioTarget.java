package vn.pdv.aggregator.plan;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import vn.pdv.aggregator.quota.Attribute;

/**
 * A target written as a share rather than a number: "at least 70% of new members are youth-union members" (seed 001)
 * or "admit 3–4% of total membership a year" (seed 003). Percentages are {@link BigDecimal}s so that 70 is 70.
 */
public sealed interface RatioTarget {

    /** At least {@code atLeastPercent} of the quota's total should carry {@code attribute}. */
    record ShareOfQuota(Attribute attribute, BigDecimal atLeastPercent) implements RatioTarget {
        public ShareOfQuota {
            Objects.requireNonNull(attribute, "attribute");
            requirePercent(atLeastPercent);
        }

        @Override
        public Optional<BigDecimal> atMost() {
            return Optional.empty();
        }
    }

    /**
     * The target should lie between {@code atLeastPercent} and, when given, {@code atMostPercent} of the issuing
     * unit's membership. Needs the membership count, which plans do not print; it is given as data.
     */
    record ShareOfMembership(BigDecimal atLeastPercent, Optional<BigDecimal> atMostPercent) implements RatioTarget {
        public ShareOfMembership {
            requirePercent(atLeastPercent);
            Objects.requireNonNull(atMostPercent, "atMostPercent");
            atMostPercent.ifPresent(RatioTarget::requirePercent);
            if (atMostPercent.filter(atMost -> atMost.compareTo(atLeastPercent) < 0).isPresent()) {
                throw new IllegalArgumentException("range upside down: " + atLeastPercent + "–" + atMostPercent.get());
            }
        }

        @Override
        public Optional<BigDecimal> atMost() {
            return atMostPercent;
        }
    }

    /** The lowest share that meets the target. */
    BigDecimal atLeastPercent();

    /** The highest share that still only meets it; above it the target is exceeded. Empty when there is no top. */
    Optional<BigDecimal> atMost();

    /**
     * {@code part} of {@code whole} against the target, compared exactly (3 of 100 is 3%, within 3–4%): below the
     * lowest share not met, above the top exceeded, else met. Empty when {@code whole} is 0: nothing to judge yet.
     */
    default Optional<Fulfilment> judge(long part, long whole) {
        if (whole <= 0) {
            return Optional.empty();
        }
        if (Percentages.below(part, whole, atLeastPercent())) {
            return Optional.of(Fulfilment.NOT_MET);
        }
        return Optional.of(atMost().filter(top -> Percentages.above(part, whole, top)).isPresent()
                ? Fulfilment.EXCEEDED : Fulfilment.MET);
    }

    /** The target as a plan would print it: "từ 3–4%", "từ 70% trở lên". */
    default String rangeVi() {
        return atMost().map(top -> "từ " + Percentages.vietnamese(atLeastPercent()).replace("%", "") + "–"
                + Percentages.vietnamese(top)).orElse("từ " + Percentages.vietnamese(atLeastPercent()) + " trở lên");
    }

    default String rangeEn() {
        return atMost().map(top -> Percentages.english(atLeastPercent()).replace("%", "") + "–"
                + Percentages.english(top)).orElse("at least " + Percentages.english(atLeastPercent()));
    }

    static RatioTarget shareOfMembership(int atLeastPercent, int atMostPercent) {
        return new ShareOfMembership(BigDecimal.valueOf(atLeastPercent), Optional.of(BigDecimal.valueOf(atMostPercent)));
    }

    static RatioTarget atLeastShareOfMembership(BigDecimal percent) {
        return new ShareOfMembership(percent, Optional.empty());
    }

    private static void requirePercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("not a percentage: " + percent);
        }
    }
}
