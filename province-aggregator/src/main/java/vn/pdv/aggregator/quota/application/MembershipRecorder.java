package vn.pdv.aggregator.quota.application;

import org.springframework.stereotype.Service;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnknownUnit;
import vn.pdv.aggregator.quota.Memberships;

/** What staff state of a unit's membership in a year, for a registered unit only; the latest statement wins. */
@Service
public class MembershipRecorder {

    private final Memberships memberships;
    private final Hierarchy hierarchy;

    MembershipRecorder(Memberships memberships, Hierarchy hierarchy) {
        this.memberships = memberships;
        this.hierarchy = hierarchy;
    }

    /** @throws UnknownUnit when no unit has that code */
    public void state(UnitCode unit, int year, int members) {
        if (hierarchy.find(unit).isEmpty()) {
            throw new UnknownUnit(unit);
        }
        memberships.state(unit, year, members);
    }
}
