package vn.pdv.aggregator.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.pdv.aggregator.fulfilment.AdmittedPeople;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Counts;
import vn.pdv.aggregator.fulfilment.Figure;
import vn.pdv.aggregator.fulfilment.Progress;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;

/** Progress as {@code ProgressReport} would answer it, built by hand for what a report test is not about. */
public final class ReportFixture {

    private final String unit;
    private final String name;
    private Integer quota;
    private long actual;
    private Integer youthQuota;
    private long youth;
    private Integer tradeQuota;
    private long trade;
    private Integer sourcesQuota;
    private long sources;
    private final Counts categories = new Counts();
    private long organisationsAdmitted;
    private long organisationsWithSources;

    private ReportFixture(String unit, String name) {
        this.unit = unit;
        this.name = name;
    }

    public static ReportFixture aUnit(String unit, String name) {
        return new ReportFixture(unit, name);
    }

    public ReportFixture quota(Integer total, Integer youthUnion, Integer tradeUnion) {
        quota = total;
        youthQuota = youthUnion;
        tradeQuota = tradeUnion;
        return this;
    }

    public ReportFixture admitted(long total, long youthUnion, long tradeUnion) {
        actual = total;
        youth = youthUnion;
        trade = tradeUnion;
        return this;
    }

    public ReportFixture sources(Integer quota, long actual) {
        sourcesQuota = quota;
        sources = actual;
        return this;
    }

    /** Adds to one counter of the admissions, for the statistical form's sheet. */
    public ReportFixture counted(Counter counter, long value) {
        categories.add(Metric.ADMISSIONS, counter, value);
        return this;
    }

    public ReportFixture organisations(long admitted, long withSources) {
        organisationsAdmitted = admitted;
        organisationsWithSources = withSources;
        return this;
    }

    public Progress progress() {
        Map<Counter, Figure> by = new EnumMap<>(Counter.class);
        Counter.ATTRIBUTES.forEach(counter -> by.put(counter, Figure.of(null, 0)));
        by.put(Counter.YOUTH_UNION, Figure.of(youthQuota, youth));
        by.put(Counter.TRADE_UNION, Figure.of(tradeQuota, trade));
        return new Progress(unit, name, "2024", Figure.of(quota, actual), by, Figure.of(sourcesQuota, sources),
                Map.of(), 1, Map.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of(),
                AdmittedPeople.of(withTotal(), organisationsAdmitted, organisationsWithSources));
    }

    private Counts withTotal() {
        Counts counts = new Counts();
        counts.add(Metric.ADMISSIONS, Counter.TOTAL, actual);
        for (Counter counter : Counter.values()) {
            if (counter != Counter.TOTAL) {
                counts.add(Metric.ADMISSIONS, counter, categories.get(Metric.ADMISSIONS, counter));
            }
        }
        return counts;
    }

    public static Heading aHeading(String unit, Period period) {
        return new Heading("Đảng bộ tỉnh Bình Định", "Đảng ủy Khối các cơ quan tỉnh", new UnitCode(unit), period,
                LocalDate.of(2024, 7, 5));
    }

    public static Report aReport(ReportFixture whole, ReportFixture... beneath) {
        return Report.of(aHeading(whole.unit, Period.year(2024)), whole.progress(),
                List.of(beneath).stream().map(ReportFixture::progress).toList());
    }
}
