package vn.pdv.unit.pipeline.rules;

import java.time.LocalDate;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

/**
 * Age at the branch's consideration, in completed months: below the minimum is refused; above the maximum the branch
 * cannot decide alone and needs the provincial committee ({@link RuleCheck.ApprovalRequired}).
 *
 * <p>Limit: someone born on 29 February completes a year on 1 March in common years ({@link java.time.Period} rules).
 */
public final class AgeRule {

    private final RuleSettings settings;

    public AgeRule(RuleSettings settings) {
        this.settings = settings;
    }

    public RuleCheck check(LocalDate dateOfBirth, LocalDate consideredOn) {
        Months age = Months.completedBetween(dateOfBirth, consideredOn);
        if (age.compareTo(settings.minimumAge()) < 0) {
            LocalDate eligibleOn = settings.minimumAge().after(dateOfBirth);
            return RuleCheck.violated(new RuleViolation(RuleCode.AGE_RANGE,
                    Facts.values("dateOfBirth", dateOfBirth, "consideredOn", consideredOn,
                            "ageInMonths", age.value(), "minimumAgeInMonths", settings.minimumAge().value(),
                            "eligibleOn", eligibleOn),
                    Bilingual.of(
                            "Người vào Đảng mới " + age.describeVi() + " tuổi khi chi bộ xét, chưa đủ "
                                    + settings.minimumAge().describeVi() + ".",
                            "The candidate is " + age.describeEn() + " old when the branch considers, under the minimum "
                                    + settings.minimumAge().describeEn() + "."),
                    Bilingual.of(
                            "Chi bộ xét kết nạp từ ngày " + Facts.vi(eligibleOn) + " trở đi.",
                            "Have the branch consider the candidate on or after " + Facts.en(eligibleOn) + ".")));
        }
        if (age.compareTo(settings.maximumAgeWithoutApproval()) > 0) {
            return RuleCheck.approvalRequired(new RequiredApproval(RuleCode.AGE_OVER_LIMIT,
                    ApprovingAuthority.PROVINCIAL_COMMITTEE,
                    Facts.values("dateOfBirth", dateOfBirth, "consideredOn", consideredOn,
                            "ageInMonths", age.value(), "maximumAgeInMonths", settings.maximumAgeWithoutApproval().value()),
                    Bilingual.of(
                            "Người vào Đảng " + age.describeVi() + " tuổi, quá " + settings.maximumAgeWithoutApproval().describeVi()
                                    + ": phải được tỉnh ủy (hoặc tương đương) đồng ý trước khi kết nạp.",
                            "The candidate is " + age.describeEn() + " old, over "
                                    + settings.maximumAgeWithoutApproval().describeEn()
                                    + ": admission needs the provincial committee's approval.")));
        }
        return RuleCheck.satisfied();
    }
}
