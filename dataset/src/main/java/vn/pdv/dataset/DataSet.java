package vn.pdv.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import vn.pdv.dataset.organisation.HierarchyChange;
import vn.pdv.dataset.organisation.Province;
import vn.pdv.dataset.organisation.UnitCode;
import vn.pdv.dataset.pipeline.Seasons;
import vn.pdv.dataset.quota.Metric;
import vn.pdv.dataset.quota.Period;
import vn.pdv.dataset.quota.QuotaAssigned;
import vn.pdv.dataset.quota.QuotaRounds;

/**
 * A data set: one or more provinces of a {@link Shape}, their committees' logs over a window of days, and what staff
 * do besides through the aggregator's API ({@link StaffWork}). The same seed gives the same events, ids and
 * sequences included, on any machine.
 *
 * <p>Provinces follow one another (each interleaved across its own committees), so memory holds one province's
 * candidates in flight at a time, however many provinces there are.
 *
 * @param importHistory whether the logs open with the history of the candidates then in flight (a committee taking
 *                      up PDV enters them); without it their first event in the logs is whatever step comes next
 */
public record DataSet(String name, List<String> provinces, Shape shape, LocalDate from, LocalDate until,
                      boolean importHistory, long seed) {

    public DataSet {
        provinces = List.copyOf(provinces);
    }

    /** One province over 2024–2026, across the reorganisation of 1 July 2025. */
    public static DataSet province(long seed) {
        return province("T01", Shape.province(), seed);
    }

    public static DataSet province(String code, Shape shape, long seed) {
        return new DataSet("province", List.of(code), shape, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31),
                true, seed);
    }

    /** The nation after the reorganisation: 34 provinces over 2026, without the history before it. */
    public static DataSet nation(long seed) {
        List<String> codes = new ArrayList<>();
        for (int p = 1; p <= 34; p++) {
            codes.add("T%02d".formatted(p));
        }
        return new DataSet("nation", codes, Shape.province(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                false, seed);
    }

    /**
     * When province staff reorganise the tree through the aggregator's API ({@link StaffWork#changes()}): after the
     * new communes registered themselves (07:00 that day) and before any committee records in the new tree (from
     * 08:00), for a new commune may change only what stands in its subtree. A loader gives the aggregator the entries
     * recorded before this instant, then the changes, then the rest.
     */
    public static Instant reorganisedAt() {
        return Province.REORGANISATION.atTime(7, 30).atZone(ProvinceLogs.VIETNAM).toInstant();
    }

    /** Every province's logs, interleaved within a province, one province after another. */
    public Iterator<Entry> entries() {
        return new Iterator<>() {
            private int next;
            private Iterator<Entry> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next < provinces.size()) {
                    current = logs(provinces.get(next++));
                }
                return current.hasNext();
            }

            @Override
            public Entry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * The entries recorded before {@link #reorganisedAt()} ({@code before}) or from it on, in the order of
     * {@link #entries()}: what a loader writes before and after giving the province's changes to the tree.
     */
    public Iterator<Entry> entries(boolean before) {
        Iterator<Entry> all = entries();
        Instant cut = reorganisedAt();
        return new Iterator<>() {
            private Entry ahead;

            @Override
            public boolean hasNext() {
                while (ahead == null && all.hasNext()) {
                    Entry entry = all.next();
                    if (entry.recordedAt().isBefore(cut) == before) {
                        ahead = entry;
                    }
                }
                return ahead != null;
            }

            @Override
            public Entry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Entry entry = ahead;
                ahead = null;
                return entry;
            }
        };
    }

    /** The province's organisation, as its logs register it. */
    public Province province(String code) {
        return Province.build(code, shape, randoms(code).structure());
    }

    /** What staff do through the aggregator's API besides the events, once the aggregator knows the units. */
    public StaffWork staffWork(String code) {
        Province province = province(code);
        QuotaRounds quotas = new QuotaRounds(province, shape.sourcesPerYear(), randoms(code).quotaSeed());
        List<HierarchyChange> changes = from.isBefore(Province.REORGANISATION) && !until.isBefore(Province.REORGANISATION)
                ? province.changes() : List.of();
        int lastYear = until.getYear();
        boolean after = !LocalDate.of(lastYear, 12, 31).isBefore(Province.REORGANISATION);
        Map<Integer, Integer> memberships = new LinkedHashMap<>();
        for (int year = from.getYear(); year <= lastYear; year++) {
            memberships.put(year, (int) Math.round(quotas.quota(province.code(), province.code(), Period.year(year),
                    Metric.ADMISSIONS, after, LocalDate.of(year, 1, 1)).quota() / 0.031));
        }
        return new StaffWork(province.code(), changes, plan(province, quotas, lastYear, after), memberships);
    }

    private PlanTable plan(Province province, QuotaRounds quotas, int year, boolean after) {
        // The day the logs record that year's plans on (see ProvinceLogs).
        LocalDate issuedOn = year == from.getYear() ? from.minusDays(12)
                : Seasons.workingDay(LocalDate.of(year, 1, 5)).minusDays(3);
        List<QuotaAssigned> rows = new ArrayList<>();
        for (UnitCode unit : province.topLevel(after)) {
            rows.add(quotas.quota(province.code(), unit, Period.year(year), Metric.ADMISSIONS, after, issuedOn));
        }
        QuotaAssigned own = quotas.quota(province.code(), province.code(), Period.year(year), Metric.ADMISSIONS, after,
                issuedOn);
        return PlanTable.of(province, own, rows);
    }

    private Iterator<Entry> logs(String code) {
        Randoms randoms = randoms(code);
        Province province = Province.build(code, shape, randoms.structure());
        return new ProvinceLogs(province, shape.sourcesPerYear(), from, until, importHistory, randoms.simulation(),
                randoms.quotaSeed());
    }

    /** Independent streams per province and concern, so that one's draws never shift another's. */
    private record Randoms(SplittableRandom structure, SplittableRandom simulation, long quotaSeed) {
    }

    private Randoms randoms(String code) {
        SplittableRandom root = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ ((long) code.hashCode() << 32));
        return new Randoms(root.split(), root.split(), root.nextLong());
    }

    /** For messages: e.g. "province T01 2024-01-01..2026-12-31 seed 1". */
    @Override
    public String toString() {
        return name + " " + (provinces.size() == 1 ? provinces.getFirst() : provinces.size() + " provinces") + " "
                + from + ".." + until + " seed " + seed;
    }

    /** A plan table in the layout the aggregator's plan import reads (see its {@code plans/README.md}). */
    public record PlanTable(UnitCode issuingUnit, String planNumber, String csv) {

        static PlanTable of(Province province, QuotaAssigned own, List<QuotaAssigned> rows) {
            int year = own.period().year();
            StringBuilder csv = new StringBuilder();
            csv.append("KẾ HOẠCH PHÁT TRIỂN ĐẢNG VIÊN NĂM ").append(year).append('\n');
            csv.append("\"(Kèm theo Kế hoạch số ").append(own.planNumber()).append(", ngày ")
                    .append("%02d/%02d/%d".formatted(own.planIssuedOn().getDayOfMonth(),
                            own.planIssuedOn().getMonthValue(), own.planIssuedOn().getYear()))
                    .append(" của Ban Thường vụ Tỉnh ủy)\"\n");
            csv.append("\"Chỉ tiêu: Năm ").append(year).append(", toàn Đảng bộ tỉnh mỗi năm kết nạp ")
                    .append(own.quota()).append(" đảng viên mới (đạt trên 3% đảng viên toàn Đảng bộ). Trong đó, tỷ lệ"
                            + " đảng viên mới là đoàn viên thanh niên phấn đấu đạt từ 70% trở lên.\"\n");
            csv.append("STT,Mã đơn vị,Đơn vị,,Chỉ tiêu phát triển đảng viên,,\n");
            csv.append(",,,,Năm ").append(year).append(",,\n");
            csv.append(",,,,Tổng cộng,Đoàn viên thanh niên,Đoàn viên công đoàn\n");
            int row = 0;
            for (QuotaAssigned quota : rows) {
                csv.append(++row).append(',').append(quota.target()).append(",Đảng bộ,\"")
                        .append(province.name(quota.target())).append("\",").append(quota.quota()).append(',')
                        .append(quota.breakdown().getOrDefault("YOUTH_UNION", 0)).append(',')
                        .append(quota.breakdown().getOrDefault("TRADE_UNION", 0)).append('\n');
            }
            return new PlanTable(province.code(), own.planNumber(), csv.toString());
        }
    }

    /**
     * What province staff do through the aggregator's API, because no event can say it yet or no committee may: the
     * reorganisation's moves, merges and closures (at {@link #reorganisedAt()}), the province's plan table for the last year (its ratio targets: at least 3 % of
     * membership, at least 70 % youth-union members), and the province's membership each year.
     */
    public record StaffWork(UnitCode province, List<HierarchyChange> changes, PlanTable plan,
                            Map<Integer, Integer> memberships) {
    }
}
