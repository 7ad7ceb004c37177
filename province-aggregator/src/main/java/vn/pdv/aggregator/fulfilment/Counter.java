package vn.pdv.aggregator.fulfilment;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a tally counts within a metric besides the total: the attributes reports break figures down by, and for
 * sources the organisation that introduced them (seed 002 asks the police branch for a civil-defence source, the
 * military branch for a militia one, each mass organisation for one of its own). A quota's breakdown names these.
 */
public enum Counter {
    TOTAL, YOUTH_UNION, TRADE_UNION, FEMALE, ETHNIC_MINORITY, RELIGIOUS, AGE_18_TO_30, READMISSION,
    INTRODUCED_BY_BRANCH, INTRODUCED_BY_YOUTH_UNION, INTRODUCED_BY_TRADE_UNION, INTRODUCED_BY_WOMENS_UNION,
    INTRODUCED_BY_FARMERS_UNION, INTRODUCED_BY_VETERANS_ASSOCIATION, INTRODUCED_BY_MILITIA,
    INTRODUCED_BY_CIVIL_DEFENCE;

    /** The reporting attributes of a person, which every metric is broken down by. */
    public static final Set<Counter> ATTRIBUTES = EnumSet.range(YOUTH_UNION, READMISSION);

    /** The introducing organisations, which sources are broken down by. */
    public static final Set<Counter> INTRODUCERS = EnumSet.range(INTRODUCED_BY_BRANCH, INTRODUCED_BY_CIVIL_DEFENCE);

    /** The counter for a source's introducing organisation, by its contract name; empty for OTHER or unknown. */
    public static Optional<Counter> introducedBy(String organisation) {
        try {
            return Optional.of(valueOf("INTRODUCED_BY_" + organisation));
        } catch (IllegalArgumentException notOneWeCount) {
            return Optional.empty();
        }
    }
}
