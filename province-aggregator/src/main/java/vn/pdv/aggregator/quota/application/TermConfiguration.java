package vn.pdv.aggregator.quota.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.pdv.aggregator.quota.Terms;

/** The congress calendar, checked once at start-up, for every reader of a period's days. */
@Configuration(proxyBeanMethods = false)
class TermConfiguration {

    @Bean
    Terms terms(TermSettings settings) {
        return settings.terms();
    }
}
