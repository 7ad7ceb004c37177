package vn.pdv.aggregator.status.application;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.pdv.aggregator.status.Pace;
import vn.pdv.aggregator.status.StatusRules;

/**
 * {@code pdv.aggregator.status.*}: how statuses are judged. {@code pace-admissions} and {@code pace-sources} are
 * twelve cumulative monthly shares (e.g. {@code 0.15,0.25,…,1}); empty means linear.
 *
 * @param tolerance      see {@link StatusRules}
 * @param coverageFactor see {@link StatusRules}
 */
@ConfigurationProperties("pdv.aggregator.status")
public record StatusSettings(@DefaultValue("0.2") BigDecimal tolerance, @DefaultValue("1.0") BigDecimal coverageFactor,
                            @DefaultValue List<BigDecimal> paceAdmissions, @DefaultValue List<BigDecimal> paceSources) {

    StatusRules rules() {
        return new StatusRules(tolerance, coverageFactor);
    }

    Pace pace(vn.pdv.aggregator.quota.Metric metric) {
        List<BigDecimal> curve = metric == vn.pdv.aggregator.quota.Metric.SOURCES ? paceSources : paceAdmissions;
        return curve == null || curve.isEmpty() ? Pace.linear() : Pace.byMonth(curve);
    }
}
