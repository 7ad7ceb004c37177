package vn.pdv.dataset.quota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.pdv.dataset.organisation.Province;
import vn.pdv.dataset.organisation.UnitCode;
import vn.pdv.dataset.organisation.UnitKind;

/**
 * Who asks whom for how much. Each January every committee's plan gives each unit beneath it a quota for the year
 * (admissions and sources; a subordinate branch only sources, as seed 002 does); the province gives itself and the
 * units directly under it theirs, and a term quota at the start of a term; the new communes get the year's quotas
 * from the province on the day they are formed. A quota is sized by the unit's share of the province's members,
 * asking 5–30 % more than the pace of the last years; admissions are broken down into youth-union (70 %) and
 * trade-union members.
 *
 * <p>Each figure depends only on the seed, the unit, the period and the metric, so a plan table printed separately
 * (for the aggregator's plan import) states the same numbers as the events.
 */
public final class QuotaRounds {

    /** About this share of sources is admitted, a year or so later. */
    private static final double ADMITTED_PER_SOURCE = 0.40;

    private final Province province;
    private final int sourcesPerYear;
    private final long seed;

    public QuotaRounds(Province province, int sourcesPerYear, long seed) {
        this.province = province;
        this.sourcesPerYear = sourcesPerYear;
        this.seed = seed;
    }

    /** A quota as a committee's log records it. */
    public record Assignment(UnitCode log, QuotaAssigned quota) {
    }

    /** Every committee's plan for the year, as the tree stands before or after the reorganisation. */
    public List<Assignment> year(int year, boolean after, LocalDate issuedOn) {
        List<Assignment> round = new ArrayList<>();
        UnitCode top = province.code();
        Period period = Period.year(year);
        both(round, top, top, period, after, issuedOn);
        province.topLevel(after).forEach(unit -> both(round, top, unit, period, after, issuedOn));
        for (UnitCode committee : province.committees(after)) {
            if (committee.equals(top)) {
                continue;
            }
            for (UnitCode unit : province.subtree(committee, after)) {
                if (unit.equals(committee)) {
                    continue;
                }
                if (province.kind(unit) == UnitKind.SUBORDINATE_BRANCH) {
                    round.add(new Assignment(committee, quota(committee, unit, period, Metric.SOURCES, after, issuedOn)));
                } else {
                    both(round, committee, unit, period, after, issuedOn);
                }
            }
        }
        return round;
    }

    /** The province's year quotas for the communes formed on the day of the reorganisation. */
    public List<Assignment> newCommunes(int year, LocalDate issuedOn) {
        List<Assignment> round = new ArrayList<>();
        province.communes().forEach(commune -> both(round, province.code(), commune, Period.year(year), true, issuedOn));
        return round;
    }

    /** The province's admissions quota for a term, for itself and the units directly under it. */
    public List<Assignment> term(Period term, boolean after, LocalDate issuedOn) {
        List<Assignment> round = new ArrayList<>();
        UnitCode top = province.code();
        round.add(new Assignment(top, quota(top, top, term, Metric.ADMISSIONS, after, issuedOn)));
        province.topLevel(after).forEach(unit ->
                round.add(new Assignment(top, quota(top, unit, term, Metric.ADMISSIONS, after, issuedOn))));
        return round;
    }

    private void both(List<Assignment> round, UnitCode issuer, UnitCode unit, Period period, boolean after,
                      LocalDate issuedOn) {
        round.add(new Assignment(issuer, quota(issuer, unit, period, Metric.ADMISSIONS, after, issuedOn)));
        round.add(new Assignment(issuer, quota(issuer, unit, period, Metric.SOURCES, after, issuedOn)));
    }

    /** The quota itself; the same for the same seed, unit, period and metric, whoever asks. */
    public QuotaAssigned quota(UnitCode issuer, UnitCode unit, Period period, Metric metric, boolean after,
                               LocalDate issuedOn) {
        double share = (double) province.members(unit, after) / Math.max(1, province.members(province.code(), after));
        double perYear = sourcesPerYear * share * (metric == Metric.ADMISSIONS ? ADMITTED_PER_SOURCE : 1);
        int years = period.endYear() - period.year() + 1;
        SplittableRandom draw = new SplittableRandom(seed * 1_000_003L
                + ((long) unit.value().hashCode() << 20) + period.code().hashCode() * 31L + metric.ordinal());
        int total = (int) Math.round(perYear * years * (1.05 + draw.nextDouble() * 0.25));
        if (metric == Metric.SOURCES) {
            total = Math.max(1, total);
        }
        Map<String, Integer> breakdown = Map.of();
        if (metric == Metric.ADMISSIONS && province.kind(unit) != UnitKind.SUBORDINATE_BRANCH) {
            breakdown = Map.of("YOUTH_UNION", (int) Math.round(total * 0.7),
                    "TRADE_UNION", (int) Math.round(total * 0.25));
        }
        return new QuotaAssigned(issuer, unit, planNumber(issuer, period, issuedOn), issuedOn, period, metric, total,
                breakdown);
    }

    private String planNumber(UnitCode issuer, Period period, LocalDate issuedOn) {
        String suffix = switch (province.kind(issuer)) {
            case PROVINCE_COMMITTEE -> "TU";
            case DISTRICT_COMMITTEE -> issuedOn.isBefore(Province.REORGANISATION) ? "HU" : "ĐU";
            case BLOC_COMMITTEE -> "ĐUK";
            default -> "ĐU";
        };
        return (period.isTerm() ? 1 : 10 + period.year() % 100) + "-KH/" + suffix;
    }
}
