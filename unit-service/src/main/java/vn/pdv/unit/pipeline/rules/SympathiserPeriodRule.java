package vn.pdv.unit.pipeline.rules;

import java.time.LocalDate;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

/**
 * Local rule: some committees require a minimum time on the sympathiser list before background verification starts.
 * With the default of 0 months it accepts any verification on or after the day the candidate joined the list.
 */
public final class SympathiserPeriodRule {

    private final RuleSettings settings;

    public SympathiserPeriodRule(RuleSettings settings) {
        this.settings = settings;
    }

    public RuleCheck check(LocalDate sympathiserSince, LocalDate verificationStartsOn) {
        Months minimum = settings.minimumSympathiserPeriod();
        LocalDate earliest = minimum.after(sympathiserSince);
        if (verificationStartsOn.isBefore(earliest)) {
            Months served = Months.completedBetween(sympathiserSince, verificationStartsOn);
            return RuleCheck.violated(new RuleViolation(RuleCode.SYMPATHISER_PERIOD,
                    Facts.values("sympathiserSince", sympathiserSince, "verificationStartsOn", verificationStartsOn,
                            "monthsOnList", served.value(), "minimumMonths", minimum.value(), "earliestOn", earliest),
                    Bilingual.of("Quần chúng mới ở trong danh sách cảm tình đảng " + served.value() + " tháng, quy định của cấp ủy là ít nhất "
                                    + minimum.value() + " tháng trước khi thẩm tra lý lịch.",
                            "The candidate has been on the sympathiser list for " + served.value() + " months; the committee requires "
                                    + minimum.value() + " before background verification."),
                    Bilingual.of("Bắt đầu thẩm tra lý lịch từ ngày " + Facts.vi(earliest) + " trở đi.",
                            "Start background verification on or after " + Facts.en(earliest) + ".")));
        }
        return RuleCheck.satisfied();
    }
}
