package vn.pdv.aggregator.fulfilment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.pdv.aggregator.quota.Metric;

/**
 * The people admitted in a period as the statistical form counts them (issue 13, DOMAIN.md "What reports count"):
 * each person once in the total, and in each "of which" part that applies. The parts overlap — one person may be a
 * woman, of an ethnic minority, a youth-union and a trade-union member at once — so none is a split of the total and
 * each is at most the total; the age bands, education, professional level and occupation each split it (their
 * UNSPECIFIED counts those whose category is not known, so each adds up to the total).
 *
 * @param admitted                 people admitted
 * @param ofWhich                  FEMALE, ETHNIC_MINORITY, RELIGIOUS, YOUTH_UNION, TRADE_UNION, READMISSION
 * @param ageBands                 at admission: AGE_18_TO_30 (the form's "up to 30"), AGE_31_TO_40, AGE_41_TO_50,
 *                                 AGE_OVER_50, AGE_UNSPECIFIED
 * @param averageAge               at admission, one decimal, over the {@code withAge} people whose age is known; null
 *                                 when none is
 * @param ageYears                 the sum of their ages, which averages over several units are worked out from
 * @param education                general education, by EDUCATION_… counter
 * @param profession               professional level, by PROFESSION_… counter
 * @param sector                   occupation, by SECTOR_… counter
 * @param organisationsAdmitted    grassroots organisations (đảng bộ, chi bộ cơ sở) of the subtree with at least one
 *                                 admission in the period, each counted once however many of its branches admitted
 * @param organisationsWithSources likewise, with at least one source identified in the period
 */
public record AdmittedPeople(long admitted, Map<Counter, Long> ofWhich, Map<Counter, Long> ageBands,
                             BigDecimal averageAge, long withAge, long ageYears, Map<Counter, Long> education,
                             Map<Counter, Long> profession, Map<Counter, Long> sector, long organisationsAdmitted,
                             long organisationsWithSources) {

    /** The overlapping parts, in the form's order. */
    public static final Set<Counter> OF_WHICH = Collections.unmodifiableSet(EnumSet.of(Counter.FEMALE,
            Counter.ETHNIC_MINORITY, Counter.RELIGIOUS, Counter.YOUTH_UNION, Counter.TRADE_UNION, Counter.READMISSION));

    public static AdmittedPeople of(Counts counts, long organisationsAdmitted, long organisationsWithSources) {
        return new AdmittedPeople(counts.get(Metric.ADMISSIONS, Counter.TOTAL), of(counts, OF_WHICH),
                of(counts, Counter.AGE_BANDS), average(counts.get(Metric.ADMISSIONS, Counter.AGE_YEARS),
                counts.get(Metric.ADMISSIONS, Counter.AGE_KNOWN)), counts.get(Metric.ADMISSIONS, Counter.AGE_KNOWN),
                counts.get(Metric.ADMISSIONS, Counter.AGE_YEARS), of(counts, Counter.EDUCATION),
                of(counts, Counter.PROFESSION), of(counts, Counter.SECTOR), organisationsAdmitted,
                organisationsWithSources);
    }

    /** What is left of these figures once {@code parts} are taken away: the figures recorded at a unit itself. */
    public AdmittedPeople minus(List<AdmittedPeople> parts) {
        long withAgeLeft = withAge - parts.stream().mapToLong(AdmittedPeople::withAge).sum();
        long ageYearsLeft = ageYears - parts.stream().mapToLong(AdmittedPeople::ageYears).sum();
        return new AdmittedPeople(admitted - parts.stream().mapToLong(AdmittedPeople::admitted).sum(),
                minus(ofWhich, parts, AdmittedPeople::ofWhich), minus(ageBands, parts, AdmittedPeople::ageBands),
                average(ageYearsLeft, withAgeLeft), withAgeLeft, ageYearsLeft,
                minus(education, parts, AdmittedPeople::education), minus(profession, parts, AdmittedPeople::profession),
                minus(sector, parts, AdmittedPeople::sector),
                organisationsAdmitted - parts.stream().mapToLong(AdmittedPeople::organisationsAdmitted).sum(),
                organisationsWithSources - parts.stream().mapToLong(AdmittedPeople::organisationsWithSources).sum());
    }

    private static BigDecimal average(long years, long people) {
        return people <= 0 ? null
                : BigDecimal.valueOf(years).divide(BigDecimal.valueOf(people), 1, RoundingMode.HALF_UP);
    }

    private static Map<Counter, Long> minus(Map<Counter, Long> whole, List<AdmittedPeople> parts,
                                            Function<AdmittedPeople, Map<Counter, Long>> part) {
        Map<Counter, Long> left = new EnumMap<>(Counter.class);
        left.putAll(whole);
        parts.forEach(p -> part.apply(p).forEach((counter, value) -> left.merge(counter, -value, Long::sum)));
        return Collections.unmodifiableMap(left);
    }

    /** The count of one counter of the form, 0 when none. */
    public long of(Counter counter) {
        if (counter == Counter.TOTAL) {
            return admitted;
        }
        return Stream.of(ofWhich, ageBands, education, profession, sector).filter(part -> part.containsKey(counter))
                .findFirst().map(part -> part.get(counter)).orElse(0L);
    }

    private static Map<Counter, Long> of(Counts counts, Set<Counter> counters) {
        Map<Counter, Long> figures = new EnumMap<>(Counter.class);
        counters.forEach(counter -> figures.put(counter, counts.get(Metric.ADMISSIONS, counter)));
        return Collections.unmodifiableMap(figures);
    }
}
