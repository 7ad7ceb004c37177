package vn.pdv.aggregator.quota;

import java.util.OptionalInt;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * How many members each unit had in a year, as staff state it: "admit 3–4% of membership a year" (seed 003) needs
 * it, and no event carries it (the members' database is not ours). The latest statement wins.
 */
public interface Memberships {

    void state(UnitCode unit, int year, int members);

    OptionalInt of(UnitCode unit, int year);

    /** Every count stated, for checks that do not know beforehand which units they will ask about. */
    MembershipCounts all();
}
