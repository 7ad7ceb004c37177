package vn.pdv.aggregator.fulfilment;

import java.util.EnumSet;
import java.util.Set;

/**
 * The reporting attributes of the person an event is about, as far as the counters need them.
 * One person counts once in each counter that applies, however many mass organisations they belong to: the youth-union
 * and trade-union counters are "of which" parts of the total that may overlap, never a split of it.
 *
 * @param education  the contract's category name (UPPER_SECONDARY…), null or unknown counting as unspecified
 * @param profession likewise (UNIVERSITY…)
 * @param sector     likewise (PUBLIC_SERVANT…)
 */
public record Person(boolean female, Integer birthYear, boolean ethnicMinority, boolean religious,
                     boolean youthUnionMember, boolean tradeUnionMember, String education, String profession,
                     String sector) {

    /** A person whose categories are not known (events written before categories). */
    public Person(boolean female, Integer birthYear, boolean ethnicMinority, boolean religious,
                  boolean youthUnionMember, boolean tradeUnionMember) {
        this(female, birthYear, ethnicMinority, religious, youthUnionMember, tradeUnionMember, null, null, null);
    }

    /** The counters of a step in {@code year}, the age band reckoned from the birth year. */
    public Set<Counter> counters(int year, boolean readmission) {
        return countersAtAge(birthYear == null ? null : year - birthYear, readmission);
    }

    /**
     * The counters of a step, the age band from {@code age}: the exact age at admission when the event carries it,
     * else the years since the birth year (a year too many for someone whose birthday is still to come). No age, or
     * one under 18 (only a source can be), counts in {@link Counter#AGE_UNSPECIFIED}, so the bands add up to the total.
     */
    public Set<Counter> countersAtAge(Integer age, boolean readmission) {
        Set<Counter> counters = EnumSet.of(Counter.TOTAL);
        if (youthUnionMember) {
            counters.add(Counter.YOUTH_UNION);
        }
        if (tradeUnionMember) {
            counters.add(Counter.TRADE_UNION);
        }
        if (female) {
            counters.add(Counter.FEMALE);
        }
        if (ethnicMinority) {
            counters.add(Counter.ETHNIC_MINORITY);
        }
        if (religious) {
            counters.add(Counter.RELIGIOUS);
        }
        if (readmission) {
            counters.add(Counter.READMISSION);
        }
        counters.add(age == null || age < 18 ? Counter.AGE_UNSPECIFIED : Counter.ageBand(age));
        counters.add(Counter.education(education));
        counters.add(Counter.profession(profession));
        counters.add(Counter.sector(sector));
        return counters;
    }
}
