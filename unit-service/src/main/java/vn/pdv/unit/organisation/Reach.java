package vn.pdv.unit.organisation;

/**
 * How much of the committee's organisations a piece of work is about: all of them (the committee's own staff), or
 * one branch (a branch's staff). Lists are asked for with it, so a branch sees its own rows and nothing is filtered
 * after the query.
 */
public sealed interface Reach {

    static Reach wholeCommittee() {
        return new WholeCommittee();
    }

    static Reach branch(UnitCode branch) {
        return new OneBranch(branch);
    }

    boolean covers(UnitCode unit);

    /** The committee and every organisation it manages. */
    record WholeCommittee() implements Reach {

        @Override
        public boolean covers(UnitCode unit) {
            return true;
        }
    }

    /** One branch only. */
    record OneBranch(UnitCode branch) implements Reach {

        @Override
        public boolean covers(UnitCode unit) {
            return branch.equals(unit);
        }
    }
}
