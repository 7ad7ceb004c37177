package vn.pdv.unit.quota;

import java.time.LocalDate;
import java.util.Map;
import vn.pdv.unit.organisation.UnitCode;

/**
 * The committee assigned a quota; a later assignment for the same unit, period and metric replaces it.
 *
 * @param breakdown part of the target by reporting attribute, e.g. {@code YOUTH_UNION → 13}
 */
public record QuotaAssigned(UnitCode issuedBy, UnitCode target, PlanReference plan, QuotaPeriod period,
                            QuotaMetric metric, int quota, Map<String, Integer> breakdown) {

    public QuotaAssigned {
        breakdown = Map.copyOf(breakdown);
    }

    /** The day the plan was issued. */
    public LocalDate occurredOn() {
        return plan.issuedOn();
    }

    public record PlanReference(String number, LocalDate issuedOn) {
    }

    /**
     * @param endYear a term's last year
     * @param part    the half (1–2) or quarter (1–4)
     */
    public record QuotaPeriod(PeriodKind kind, int year, Integer endYear, Integer part) {
    }

    public enum PeriodKind {
        YEAR, HALF_YEAR, QUARTER, TERM
    }

    public enum QuotaMetric {
        ADMISSIONS, SOURCES
    }
}
