package vn.pdv.aggregator.fulfilment;

import java.util.EnumSet;
import java.util.Set;

/**
 * The reporting attributes of the person an event is about, as far as the counters need them.
 * One person counts once in each counter that applies, however many mass organisations they belong to.
 */
public record Person(boolean female, Integer birthYear, boolean ethnicMinority, boolean religious,
                     boolean youthUnionMember, boolean tradeUnionMember) {

    public Set<Counter> counters(int year, boolean readmission) {
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
        if (birthYear != null && year - birthYear >= 18 && year - birthYear <= 30) {
            counters.add(Counter.AGE_18_TO_30);
        }
        if (readmission) {
            counters.add(Counter.READMISSION);
        }
        return counters;
    }
}
