package vn.pdv.aggregator.quota.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.quota.Terms;

/**
 * {@code pdv.aggregator.terms.*}: the province's congress calendar, which days a term covers at each level
 * ({@link Terms}), e.g. {@code pdv.aggregator.terms.congresses.GRASSROOTS_COMMITTEE=2020-05-15,2025-05-20}. Empty by
 * default: every term covers its calendar years. A calendar out of order stops the service at start-up.
 *
 * @param congresses per level (the tree's unit kinds), its congresses' days in order, one a year at most
 */
@ConfigurationProperties("pdv.aggregator.terms")
public record TermSettings(@DefaultValue Map<UnitKind, List<LocalDate>> congresses) {

    Terms terms() {
        return new Terms(congresses);
    }
}
