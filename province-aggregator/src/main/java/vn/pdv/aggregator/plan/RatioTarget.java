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
        }
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
