package vn.pdv.aggregator.candidate.mongo;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
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
 * a candidate costs its id and a map entry. The nation's year is 1.1 million candidates in 276,000 branches; a record
 * of its own with its own copy of the unit's code took ~100 MB more, and a place made in advance for every stage of
 * every branch (3.6 million) 86 MB.
 */
final class StockIndex implements GuardedMirror.Index {

    private static final Stage[] STAGES = Stage.values();

    /** A unit's counts per stage, and its places, made when a candidate first stands there. */
    private static final class UnitStock {

        private final int[] counts = new int[STAGES.length];
        private final Place[] places = new Place[STAGES.length];

        Place at(int stage) {
            Place place = places[stage];
            if (place == null) {
                place = new Place(this, stage);
                places[stage] = place;
            }
            return place;
        }
    }

    /** Where a candidate stands: a stage (its ordinal) of a unit. */
    private record Place(UnitStock unit, int stage) {
    }

    /** Where each candidate stands, by {@link #keyOf their id}. */
    private final Map<Object, Place> byCandidate = new HashMap<>();
    private final Map<String, UnitStock> byUnit = new HashMap<>();
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
        Place place = byUnit.computeIfAbsent(unit, code -> new UnitStock()).at(Stage.valueOf(stage).ordinal());
        Place before = byCandidate.put(keyOf(document.getString("_id")), place);
        if (before != null) {
            before.unit().counts[before.stage()]--;
        }
        place.unit().counts[place.stage()]++;
    }

    /**
     * A candidate's id as a key: the {@link UUID} it is (as the unit service makes them), 32 bytes where its text takes
     * 80; any other id as it is. An id is always the same key, and a UUID never equals a text.
     */
    static Object keyOf(String id) {
        if (id.length() == 36) {
            try {
                UUID uuid = UUID.fromString(id);
                if (uuid.toString().equals(id)) {
                    return uuid;
                }
            } catch (IllegalArgumentException notOne) {
                return id;
            }
        }
        return id;
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
            UnitStock stock = byUnit.get(unit.value());
            if (stock != null) {
                int[] counts = stock.counts;
                for (int stage = 0; stage < summed.length; stage++) {
                    summed[stage] += counts[stage];
                }
            }
        }
        return summed;
    }

    Map<UnitCode, Long> beforeAdmissionByUnit() {
        Map<String, Long> byCode = new TreeMap<>();
        byUnit.forEach((unit, stock) -> {
            long before = Stage.BEFORE_ADMISSION.stream().mapToLong(stage -> stock.counts[stage.ordinal()]).sum();
            if (before > 0) {
                byCode.put(unit, before);
            }
        });
        Map<UnitCode, Long> result = new LinkedHashMap<>();
        byCode.forEach((unit, count) -> result.put(new UnitCode(unit), count));
        return result;
    }
}
