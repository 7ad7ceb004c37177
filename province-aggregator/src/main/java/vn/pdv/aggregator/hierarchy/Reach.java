package vn.pdv.aggregator.hierarchy;

import java.util.Set;

/**
 * The units a reader may see on a day: every unit (the province), or those of one subtree as the tree stood that day.
 * Lists are asked for with it, so what a reader may not see is never read, rather than read and dropped.
 */
public sealed interface Reach {

    static Reach everything() {
        return new Everything();
    }

    /** The units of {@code codes}, e.g. {@link UnitTree#subtreeOn} a reader's unit on the day asked. */
    static Reach only(Set<UnitCode> codes) {
        return new Only(Set.copyOf(codes));
    }

    boolean covers(UnitCode unit);

    /** Every unit, known or yet to come. */
    record Everything() implements Reach {

        @Override
        public boolean covers(UnitCode unit) {
            return true;
        }
    }

    /** These units and no others. */
    record Only(Set<UnitCode> codes) implements Reach {

        @Override
        public boolean covers(UnitCode unit) {
            return codes.contains(unit);
        }
    }
}
