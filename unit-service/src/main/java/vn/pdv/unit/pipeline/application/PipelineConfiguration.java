package vn.pdv.unit.pipeline.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.pdv.unit.pipeline.PipelineRules;
import vn.pdv.common.workingdays.WorkingDayCalendar;

/** The committee's rules, from its settings, its choice of which rules refuse, and the holiday calendar shipped as data ({@code holidays-vn.csv}). */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    PipelineRules pipelineRules(RuleProperties properties) {
        return new PipelineRules(properties.toSettings(), properties.toSchooling(), WorkingDayCalendar.vietnam(),
                properties.toEnforcement());
    }
}
