package vn.pdv.aggregator.intake;

import java.util.Objects;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.keys.Refusal;

/**
 * What {@link Authority} makes of a change: allowed; refused, for reaching outside the committee's subtree; or not
 * yet decidable, because it names a unit the province has not heard of. Committees' logs travel on different
 * partitions, so a province's quota for a commune can arrive before the commune's own log has registered it (or
 * days before, when the commune was offline): such a change waits for that unit, it is not refused.
 */
public sealed interface Verdict {

    Verdict ALLOWED = new Allowed();

    record Allowed() implements Verdict {
    }

    record Refused(Refusal refusal) implements Verdict {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /** @param unknown the unit no log and no staff change has registered yet, on which the judgement turns */
    record Waiting(UnitCode unknown) implements Verdict {
        public Waiting {
            Objects.requireNonNull(unknown, "unknown");
        }
    }
}
