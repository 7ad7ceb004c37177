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
 */
final class StockIndex implements GuardedMirror.Index {

    private static final Stage[] STAGES = Stage.values();

    /** Where a candidate stands: the unit and the stage's ordinal. */
    private record Standing(String unit, int stage) {
    }

    private final Map<String, Standing> byCandidate = new HashMap<>();
    private final Map<String, long[]> byUnit = new HashMap<>();
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
        Standing standing = new Standing(unit, Stage.valueOf(stage).ordinal());
        Standing before = byCandidate.put(document.getString("_id"), standing);
        if (before != null) {
            byUnit.get(before.unit())[before.stage()]--;
        }
        byUnit.computeIfAbsent(unit, u -> new long[STAGES.length])[standing.stage()]++;
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
            long[] counts = byUnit.get(unit.value());
            if (counts != null) {
                for (int stage = 0; stage < summed.length; stage++) {
                    summed[stage] += counts[stage];
                }
            }
        }
        return summed;
    }

    Map<UnitCode, Long> beforeAdmissionByUnit() {
        Map<String, Long> byCode = new TreeMap<>();
        byUnit.forEach((unit, counts) -> {
            long before = Stage.BEFORE_ADMISSION.stream().mapToLong(stage -> counts[stage.ordinal()]).sum();
            if (before > 0) {
                byCode.put(unit, before);
            }
        });
        Map<UnitCode, Long> result = new LinkedHashMap<>();
        byCode.forEach((unit, count) -> result.put(new UnitCode(unit), count));
        return result;
    }
}
