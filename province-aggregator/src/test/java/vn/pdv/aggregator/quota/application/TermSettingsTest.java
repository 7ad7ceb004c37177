package vn.pdv.aggregator.quota.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.quota.Bounds;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.Terms;

/** The congress calendar as a clerk writes it in the configuration, and a wrong one stopping the start. */
class TermSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Wiring.class);

    @Test
    void readsTheCongressesOfEachLevelFromTheConfiguration() {
        context.withPropertyValues("pdv.aggregator.terms.congresses.GRASSROOTS_COMMITTEE=2020-05-15,2025-05-20",
                        "pdv.aggregator.terms.congresses.province-committee[0]=2020-10-14")
                .run(started -> {
                    Terms terms = started.getBean(Terms.class);
                    assertThat(terms.bounds(Period.term(2020, 2025), UnitKind.GRASSROOTS_COMMITTEE))
                            .isEqualTo(new Bounds(LocalDate.of(2020, 5, 15), LocalDate.of(2025, 5, 20)));
                    assertThat(terms.bounds(Period.term(2020, 2025), UnitKind.PROVINCE_COMMITTEE).from())
                            .isEqualTo(LocalDate.of(2020, 10, 14));
                });
    }

    @Test
    void readsALevelsCongressesFromTheEnvironmentAsADeploymentSetsThem() {
        context.withInitializer(started -> started.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("PDV_AGGREGATOR_TERMS_CONGRESSES_GRASSROOTSCOMMITTEE", "2020-05-15,2025-05-20"))))
                .run(started -> assertThat(started.getBean(Terms.class)
                        .bounds(Period.term(2020, 2025), UnitKind.GRASSROOTS_COMMITTEE))
                        .isEqualTo(new Bounds(LocalDate.of(2020, 5, 15), LocalDate.of(2025, 5, 20))));
    }

    @Test
    void withoutConfigurationTermsAreCalendarYears() {
        context.run(started -> assertThat(started.getBean(Terms.class)
                .bounds(Period.term(2020, 2025), UnitKind.GRASSROOTS_COMMITTEE))
                .isEqualTo(new Bounds(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1))));
    }

    @Test
    void aCalendarOutOfOrderStopsTheStart() {
        context.withPropertyValues("pdv.aggregator.terms.congresses.DISTRICT_COMMITTEE=2025-07-01,2020-07-01")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("congresses of DISTRICT_COMMITTEE out of order"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TermSettings.class)
    @Import(TermConfiguration.class)
    static class Wiring {
    }
}
