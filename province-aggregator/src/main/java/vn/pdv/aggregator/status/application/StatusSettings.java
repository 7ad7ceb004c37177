package vn.pdv.aggregator.status.application;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.status.Pace;
import vn.pdv.aggregator.status.StatusRules;

/**
 * {@code pdv.aggregator.status.*}: how statuses are judged ({@link StatusRules}).
 *
 * @param tolerance      behind pace by at most this share of the expected count is at risk; further behind is lagging
 * @param coverageFactor candidates wanted in the pipeline per admission still to make; fewer is at risk
 * @param paceAdmissions twelve cumulative monthly shares of a year's admissions quota, e.g. {@code 0.15,0.25,…,1};
 *                       empty is linear
 * @param paceSources    the same for sources
 */
@ConfigurationProperties("pdv.aggregator.status")
public record StatusSettings(@DefaultValue("0.2") BigDecimal tolerance, @DefaultValue("1.0") BigDecimal coverageFactor,
                             @DefaultValue List<BigDecimal> paceAdmissions, @DefaultValue List<BigDecimal> paceSources) {

    StatusRules rules() {
        return new StatusRules(tolerance, coverageFactor);
    }

    /** Linear for what no curve is set for (the awareness classes a plan asks for a year). */
    Pace pace(Metric metric) {
        List<BigDecimal> curve = switch (metric) {
            case SOURCES -> paceSources;
            case ADMISSIONS -> paceAdmissions;
            default -> null;
        };
        return curve == null || curve.isEmpty() ? Pace.linear() : Pace.byMonth(curve);
    }
}
