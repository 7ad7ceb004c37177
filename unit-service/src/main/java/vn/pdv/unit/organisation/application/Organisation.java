package vn.pdv.unit.organisation.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.pdv.unit.CommitteeProperties;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.UnitRegistered;
import vn.pdv.unit.organisation.Units;
import vn.pdv.unit.outbox.UnitEvent;
import vn.pdv.unit.outbox.application.Recorder;

/**
 * Registers the committee and its subordinate organisations. Registering a known code again records
 * a rename or a move; nothing is ever unregistered. The whole tree is one aggregate, recorded under the committee's
 * lock: a move is checked against every parent above it.
 */
@Service
public class Organisation {

    private final Recorder recorder;
    private final Units units;
    private final UnitCode committee;

    Organisation(Recorder recorder, Units units, CommitteeProperties committee) {
        this.recorder = recorder;
        this.units = units;
        this.committee = new UnitCode(committee.code());
    }

    public Outcome<UnitRegistered> register(Unit unit) {
        return recorder.record(committee, () -> decide(unit), UnitEvent.UnitChange::new, registered -> units.save(unit));
    }

    public List<Unit> all() {
        return units.all();
    }

    private Outcome<UnitRegistered> decide(Unit unit) {
        if (unit.code().equals(committee)) {
            return Outcome.accepted(unit.registered());
        }
        if (unit.parent() == null || units.find(unit.parent()).isEmpty()) {
            return Outcome.refused(RuleViolation.of(RuleCode.PARENT_UNKNOWN, "parentCode",
                    RuleViolation.values("parentCode", unit.parent(), "committee", committee),
                    Bilingual.of("Tổ chức cấp trên " + unit.parent() + " chưa được đăng ký ở đảng ủy " + committee + ".",
                            "Parent " + unit.parent() + " is not registered with committee " + committee + "."),
                    Bilingual.of("Đăng ký tổ chức cấp trên trước.", "Register the parent first.")));
        }
        if (isAncestorOrSelf(unit.code(), unit.parent())) {
            return Outcome.refused(RuleViolation.of(RuleCode.PARENT_CYCLE, "parentCode",
                    RuleViolation.values("code", unit.code(), "parentCode", unit.parent()),
                    Bilingual.of("Không thể đặt " + unit.code() + " trực thuộc " + unit.parent() + " vì " + unit.parent()
                                    + " đang trực thuộc " + unit.code() + ".",
                            "Cannot place " + unit.code() + " under " + unit.parent() + ": " + unit.parent()
                                    + " is already beneath " + unit.code() + "."),
                    Bilingual.of("Chọn một tổ chức cấp trên không nằm dưới " + unit.code() + ".",
                            "Choose a parent that is not beneath " + unit.code() + ".")));
        }
        return Outcome.accepted(unit.registered());
    }

    private boolean isAncestorOrSelf(UnitCode candidate, UnitCode start) {
        Set<UnitCode> seen = new HashSet<>();
        UnitCode current = start;
        while (current != null && seen.add(current)) {
            if (current.equals(candidate)) {
                return true;
            }
            current = units.find(current).map(Unit::parent).orElse(null);
        }
        return false;
    }
}
