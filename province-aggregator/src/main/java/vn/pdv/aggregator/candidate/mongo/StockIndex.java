package vn.pdv.aggregator.candidate.mongo;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.GuardedMirror;

/**
 * The {@code candidate_stages} documents in memory as counts per unit and stage, with where each candidate stands so
 * that a move takes it out of one count and into another. Not thread-safe on its own: see {@link GuardedMirror}.
 *
 * <p>Where a candidate stands is one of its unit's {@link Place places}, shared by every candidate standing there:
 * a candidate costs its id and a map entry. The nation's year is 1.1 million candidates, and a record of its own with
 * its own copy of the unit's code took 110 MB more.
 */
final class StockIndex implements GuardedMirror.Index {

    private static final Stage[] STAGES = Stage.values();

    /** Where a candidate stands: a stage (its ordinal) of a unit, whose counts per stage are {@code counts}. */
    private record Place(long[] counts, int stage) {
    }

    private final Map<String, Place> byCandidate = new HashMap<>();
    /** Per unit, its places, one per stage, all sharing the unit's counts. */
    private final Map<String, Place[]> byUnit = new HashMap<>();
    /**
     * Stocks already worked out since the index last changed, by the units asked (a subtree as the tree stands today):
     * the province's is ten thousand units, asked by every progress read and status row. Forgotten on every change.
     */
    private final Map<Set<UnitCode>, long[]> sums = new ConcurrentHashMap<>();

    @Override
    public void clear() {
        sums.clear();
        byCandidate.clear();
        byUnit.clear();
    }

    @Override
    public void put(Document document) {
        String unit = document.getString("unit");
        String stage = document.getString("stage");
        if (unit == null || stage == null) {
            return;
        }
        sums.clear();
        Place place = byUnit.computeIfAbsent(unit, code -> places())[Stage.valueOf(stage).ordinal()];
        Place before = byCandidate.put(document.getString("_id"), place);
        if (before != null) {
            before.counts()[before.stage()]--;
        }
        place.counts()[place.stage()]++;
    }

    private static Place[] places() {
        long[] counts = new long[STAGES.length];
        Place[] places = new Place[STAGES.length];
        for (int stage = 0; stage < places.length; stage++) {
            places[stage] = new Place(counts, stage);
        }
        return places;
    }

    Map<Stage, Long> of(Set<UnitCode> units) {
        if (sums.size() > 4_096) {
            sums.clear();
        }
        long[] summed = sums.computeIfAbsent(Set.copyOf(units), this::sum);
        Map<Stage, Long> stock = new EnumMap<>(Stage.class);
        for (Stage stage : STAGES) {
            stock.put(stage, summed[stage.ordinal()]);
        }
        return stock;
    }

    private long[] sum(Set<UnitCode> units) {
        long[] summed = new long[STAGES.length];
        for (UnitCode unit : units) {
            Place[] places = byUnit.get(unit.value());
            if (places != null) {
                long[] counts = places[0].counts();
                for (int stage = 0; stage < summed.length; stage++) {
                    summed[stage] += counts[stage];
                }
            }
        }
        return summed;
    }

    Map<UnitCode, Long> beforeAdmissionByUnit() {
        Map<String, Long> byCode = new TreeMap<>();
        byUnit.forEach((unit, places) -> {
            long before = Stage.BEFORE_ADMISSION.stream().mapToLong(stage -> places[0].counts()[stage.ordinal()]).sum();
            if (before > 0) {
                byCode.put(unit, before);
            }
        });
        Map<UnitCode, Long> result = new LinkedHashMap<>();
        byCode.forEach((unit, count) -> result.put(new UnitCode(unit), count));
        return result;
    }
}
