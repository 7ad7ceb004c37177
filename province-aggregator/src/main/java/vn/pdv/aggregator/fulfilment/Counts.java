package vn.pdv.aggregator.fulfilment;

import java.util.EnumMap;
import java.util.Map;
import vn.pdv.aggregator.quota.Metric;

/** Summed counters of some units for one year. */
public final class Counts {

    private final Map<Metric, Map<Counter, Long>> values = new EnumMap<>(Metric.class);

    public void add(Metric metric, Counter counter, long value) {
        values.computeIfAbsent(metric, m -> new EnumMap<>(Counter.class)).merge(counter, value, Long::sum);
    }

    public long get(Metric metric, Counter counter) {
        return values.getOrDefault(metric, Map.of()).getOrDefault(counter, 0L);
    }
}
