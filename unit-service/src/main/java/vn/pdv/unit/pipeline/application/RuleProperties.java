package vn.pdv.unit.pipeline.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.pipeline.rules.Enforcement;
import vn.pdv.unit.pipeline.rules.Months;
import vn.pdv.unit.pipeline.rules.RuleEnforcement;
import vn.pdv.unit.pipeline.rules.RuleSettings;
import vn.pdv.unit.pipeline.rules.SchoolingMinimum;
import vn.pdv.unit.pipeline.rules.VoteThreshold;
import vn.pdv.common.workingdays.WorkingDays;

/**
 * The committee's rule parameters ({@code pdv.rules.*}), so a deployment can set its local practice. The defaults,
 * given here and nowhere else, are the figures of DOMAIN.md, "The candidate pipeline and the rules it follows". Ages
 * in years, periods in months, deadlines in working days.
 */
@Validated
@ConfigurationProperties("pdv.rules")
public record RuleProperties(
        @DefaultValue("18") @Min(0) int minimumAgeYears,
        @DefaultValue("60") @Min(0) int maximumAgeYearsWithoutApproval,
        @DefaultValue("30") @Min(0) int youthAgeMaximumYears,
        @DefaultValue("60") @Min(0) int certificateValidityMonths,
        @DefaultValue("12") @Min(0) int introducerAcquaintanceMonths,
        @DefaultValue("2") @Positive int voteThresholdNumerator,
        @DefaultValue("3") @Positive int voteThresholdDenominator,
        @DefaultValue("60") @Min(0) int decisionDeadlineWorkingDays,
        @DefaultValue("30") @Min(0) int decisionExtensionWorkingDays,
        @DefaultValue("30") @Min(0) int ceremonyDeadlineWorkingDays,
        @DefaultValue("12") @Min(0) int probationMonths,
        @DefaultValue("30") @Min(0) int recognitionConsiderationWorkingDays,
        @DefaultValue("30") @Min(0) int recognitionDecisionWorkingDays,
        @DefaultValue("30") @Min(0) int recognitionDecisionExtensionWorkingDays,
        @DefaultValue("12") @Min(0) int staleDossierMonths,
        @DefaultValue("0") @Min(0) int minimumSympathiserMonths,
        @DefaultValue("9") @Min(0) @Max(12) int minimumSchoolGrades,
        @DefaultValue("5") @Min(0) @Max(12) int minimumSchoolGradesInExceptionAreas,
        @DefaultValue("false") boolean schoolingExceptionArea,
        Set<String> schoolingExceptionBranches,
        Map<RuleCode, Enforcement> enforcement) {

    public RuleProperties {
        schoolingExceptionBranches = schoolingExceptionBranches == null ? Set.of()
                : Set.copyOf(schoolingExceptionBranches);
        enforcement = enforcement == null ? Map.of() : Map.copyOf(enforcement);
    }

    /**
     * Rule 11's minimums in grades of general education (lower secondary, 9; primary, 5, in mountain, island,
     * ethnic-minority and especially difficult areas), and where the lower applies: the whole committee
     * ({@code pdv.rules.schooling-exception-area=true}) or named branches ({@code pdv.rules.schooling-exception-branches}).
     */
    public SchoolingMinimum toSchooling() {
        return new SchoolingMinimum(minimumSchoolGrades, minimumSchoolGradesInExceptionAreas, schoolingExceptionArea,
                schoolingExceptionBranches);
    }

    /**
     * Which broken rules refuse a step and which record it with a finding ({@code pdv.rules.enforcement.<RULE_CODE>=
     * REFUSE|RECORD_WITH_FINDING}) on top of {@link RuleEnforcement#defaults()}; a rule that is not configurable stops
     * the service at start-up.
     */
    public RuleEnforcement toEnforcement() {
        return RuleEnforcement.of(enforcement);
    }

    public RuleSettings toSettings() {
        return new RuleSettings(
                Months.ofYears(minimumAgeYears),
                Months.ofYears(maximumAgeYearsWithoutApproval),
                youthAgeMaximumYears,
                Months.of(certificateValidityMonths),
                Months.of(introducerAcquaintanceMonths),
                new VoteThreshold(voteThresholdNumerator, voteThresholdDenominator),
                WorkingDays.of(decisionDeadlineWorkingDays),
                WorkingDays.of(decisionExtensionWorkingDays),
                WorkingDays.of(ceremonyDeadlineWorkingDays),
                Months.of(probationMonths),
                WorkingDays.of(recognitionConsiderationWorkingDays),
                WorkingDays.of(recognitionDecisionWorkingDays),
                WorkingDays.of(recognitionDecisionExtensionWorkingDays),
                Months.of(staleDossierMonths),
                Months.of(minimumSympathiserMonths));
    }
}
