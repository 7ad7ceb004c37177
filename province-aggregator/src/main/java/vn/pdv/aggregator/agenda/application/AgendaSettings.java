package vn.pdv.aggregator.agenda.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.pdv.aggregator.agenda.DecisionDeadlines;
import vn.pdv.common.workingdays.WorkingDayCalendar;
import vn.pdv.common.workingdays.WorkingDays;

/**
 * {@code pdv.aggregator.agenda.*}: the committees' decision deadlines in working days, DOMAIN.md's figures by default
 * (the same as the unit service's {@code pdv.rules.*} defaults).
 */
@ConfigurationProperties("pdv.aggregator.agenda")
public record AgendaSettings(@DefaultValue("60") int admissionDecisionDays,
                             @DefaultValue("30") int admissionDecisionExtensionDays,
                             @DefaultValue("30") int recognitionDecisionDays,
                             @DefaultValue("30") int recognitionDecisionExtensionDays) {

    DecisionDeadlines deadlines(WorkingDayCalendar calendar) {
        return new DecisionDeadlines(calendar, WorkingDays.of(admissionDecisionDays),
                WorkingDays.of(admissionDecisionExtensionDays), WorkingDays.of(recognitionDecisionDays),
                WorkingDays.of(recognitionDecisionExtensionDays));
    }
}
