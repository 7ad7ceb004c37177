package vn.pdv.dataset.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.pdv.dataset.DataSet;
import vn.pdv.dataset.organisation.Province;
import vn.pdv.dataset.organisation.UnitKind;
import vn.pdv.dataset.kafka.TopicWriter;
import vn.pdv.dataset.web.AggregatorStaff;
import vn.pdv.stack.LocalStack;

/**
 * Generates a data set onto {@code pdv.unit-events}: {@code -Dpdv.dataset=province} (one province, 2024–2026, the
 * default) or {@code nation} (34 provinces, 2026), {@code -Dpdv.dataset.seed=1}. Onto the broker and registry given by
 * {@code -Dpdv.dataset.bootstrap=host:port -Dpdv.dataset.registry=http://…/apis/ccompat/v7}, else onto an embedded
 * stack started for the run and dropped after it (to measure). Prints the units, the events by type and year, the
 * rate and the peak heap; writes the staff work (hierarchy changes, plan table, memberships) under
 * {@code -Dpdv.dataset.out} for whoever loads the aggregator.
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        String which = setting("pdv.dataset", "province");
        long seed = Long.parseLong(setting("pdv.dataset.seed", "1"));
        DataSet dataSet = switch (which) {
            case "province" -> DataSet.province(seed);
            case "nation" -> DataSet.nation(seed);
            default -> throw new IllegalArgumentException("pdv.dataset is province or nation, not " + which);
        };
        String bootstrap = setting("pdv.dataset.bootstrap", null);
        String registry = setting("pdv.dataset.registry", null);
        LocalStack stack = null;
        if (bootstrap == null || registry == null) {
            System.out.println("No -Dpdv.dataset.bootstrap and -Dpdv.dataset.registry: starting an embedded broker and registry");
            stack = LocalStack.builder().withoutMongo().start();
            bootstrap = stack.kafkaBootstrapServers();
            registry = stack.schemaRegistryUrl();
        }
        try {
            System.out.printf("Generating %s (JVM max heap %d MiB) onto %s, registry %s%n", dataSet,
                    Runtime.getRuntime().maxMemory() >> 20, bootstrap, registry);
            Province first = dataSet.province(dataSet.provinces().getFirst());
            System.out.printf("Each province, e.g. %s: before 1 July 2025 %s; after %s; %d branches hold candidates%n",
                    first.code(), census(first, false), census(first, true), first.branches().size());
            TopicWriter.Written written;
            try (TopicWriter writer = new TopicWriter(bootstrap, registry)) {
                writer.ensureTopic();
                written = writer.write(dataSet.entries());
            }
            System.out.printf("Wrote %,d events from %,d committees' logs in %.1f s: %,.0f events/s; peak heap used %d MiB%n",
                    written.events(), written.lastSequences().size(), written.took().toMillis() / 1000.0,
                    written.perSecond(), peakHeapMiB());
            System.out.println("By type: " + written.byType());
            System.out.println("Candidates' steps by the year they happened: " + written.stepsByYear());
            System.out.println("The most steps one committee recorded: " + written.busiest());
            writeStaffWork(dataSet, Path.of(setting("pdv.dataset.out", "target/dataset")));
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
        System.exit(0);
    }

    private static String census(Province province, boolean after) {
        Map<UnitKind, Integer> census = province.census(after);
        return census.toString().replace("=", " ");
    }

    private static void writeStaffWork(DataSet dataSet, Path out) throws IOException {
        for (String code : dataSet.provinces()) {
            DataSet.StaffWork work = dataSet.staffWork(code);
            Path dir = out.resolve(dataSet.name() + "-" + dataSet.seed()).resolve(code);
            Files.createDirectories(dir);
            write(dir.resolve("hierarchy-changes.json"), AggregatorStaff.json(work.changes()));
            write(dir.resolve("plan.csv"), work.plan().csv());
            write(dir.resolve("memberships.json"), work.memberships().toString());
        }
        System.out.println("Staff work (POST /api/hierarchy/changes, POST /api/plans, PUT …/membership) in "
                + out.resolve(dataSet.name() + "-" + dataSet.seed()).toAbsolutePath());
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : value;
    }
}
