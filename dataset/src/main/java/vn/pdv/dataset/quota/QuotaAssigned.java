package vn.pdv.dataset.quota;

import java.time.LocalDate;
import java.util.Map;
import vn.pdv.dataset.Fact;
import vn.pdv.dataset.organisation.UnitCode;

/**
 * A committee's plan gives a unit a quota for a period, optionally broken down (YOUTH_UNION, TRADE_UNION).
 *
 * @param planIssuedOn the day the plan was signed: the event's day
 */
public record QuotaAssigned(UnitCode issuedBy, UnitCode target, String planNumber, LocalDate planIssuedOn,
                            Period period, Metric metric, int quota, Map<String, Integer> breakdown) implements Fact {

    public QuotaAssigned {
        breakdown = Map.copyOf(breakdown);
    }

    @Override
    public LocalDate occurredOn() {
        return planIssuedOn;
    }
}
