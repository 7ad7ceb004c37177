package vn.pdv.unit.quota.application;

import java.util.Map;
import org.springframework.stereotype.Service;
import vn.pdv.unit.CommitteeProperties;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.Units;
import vn.pdv.unit.outbox.UnitEvent;
import vn.pdv.unit.outbox.application.Recorder;
import vn.pdv.unit.quota.QuotaAssigned;

/** Assigns the committee's quotas to the organisations it manages; recorded under the organisation tree's lock. */
@Service
public class QuotaAssignment {

    private final Recorder recorder;
    private final Units units;
    private final UnitCode committee;

    QuotaAssignment(Recorder recorder, Units units, CommitteeProperties committee) {
        this.recorder = recorder;
        this.units = units;
        this.committee = new UnitCode(committee.code());
    }

    public Outcome<QuotaAssigned> assign(UnitCode target, QuotaAssigned.PlanReference plan,
                                         QuotaAssigned.QuotaPeriod period, QuotaAssigned.QuotaMetric metric,
                                         int quota, Map<String, Integer> breakdown) {
        return recorder.record(committee, () -> {
            if (units.find(target).isEmpty()) {
                return Outcome.refused(RuleViolation.of(RuleCode.TARGET_UNKNOWN, "targetUnitCode",
                        RuleViolation.values("targetUnitCode", target),
                        Bilingual.of("Đơn vị " + target + " chưa được đăng ký ở đảng ủy này.",
                                "Unit " + target + " is not registered with this committee."),
                        Bilingual.of("Đăng ký đơn vị trước khi giao chỉ tiêu.", "Register the unit before assigning it a quota.")));
            }
            for (var part : breakdown.entrySet()) {
                if (part.getValue() > quota) {
                    return Outcome.refused(RuleViolation.of(RuleCode.BREAKDOWN_EXCEEDS_TOTAL, "breakdown." + part.getKey(),
                            RuleViolation.values("part", part.getKey(), "partQuota", part.getValue(), "total", quota),
                            Bilingual.of("Chỉ tiêu " + part.getKey() + " (" + part.getValue() + ") lớn hơn tổng chỉ tiêu ("
                                            + quota + ").",
                                    "The " + part.getKey() + " part (" + part.getValue() + ") exceeds the total quota ("
                                            + quota + ")."),
                            Bilingual.of("Sửa lại chỉ tiêu thành phần hoặc tổng chỉ tiêu.", "Correct the part or the total.")));
                }
            }
            return Outcome.accepted(new QuotaAssigned(committee, target, plan, period, metric, quota, breakdown));
        }, UnitEvent.QuotaChange::new, assigned -> { });
    }
}
