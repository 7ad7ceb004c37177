package vn.pdv.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pdv.aggregator.plan.ListedUnit;
import vn.pdv.aggregator.plan.PlanContext;
import vn.pdv.aggregator.plan.PlanImport;
import vn.pdv.aggregator.plan.PlanWarning;
import vn.pdv.aggregator.plan.importing.PlanImporter;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.Period;

/**
 * Reads plan 104-KH/ĐUK's table with the aggregator's plan importer, prints what the import found wrong
 * with it, and hands the scenario the units and their quotas as loaded (a breakdown the import refused is
 * left off, the total kept).
 */
final class PlanTable {

    private static final String RESOURCE = "/plans/104-KH-DUK-2024-2025.csv";

    private PlanTable() {
    }

    static List<Scenario.PlannedUnit> load() {
        PlanImport plan = read();
        for (PlanWarning warning : plan.warnings()) {
            System.out.println("[plan 104-KH/ĐUK] " + warning.listedRow() + " " + warning.messageVi());
        }
        return plan.units().stream().map(unit -> planned(plan, unit)).toList();
    }

    private static Scenario.PlannedUnit planned(PlanImport plan, ListedUnit unit) {
        Map<Integer, Scenario.YearQuota> quotas = new LinkedHashMap<>();
        for (int year : Scenario.PLAN_YEARS) {
            plan.quotaOf(unit.code(), Period.year(year)).ifPresent(quota -> quotas.put(year, new Scenario.YearQuota(
                    quota.total(), quota.part(Attribute.YOUTH_UNION), quota.part(Attribute.TRADE_UNION))));
        }
        return new Scenario.PlannedUnit(unit.code().value(), unit.name(), unit.kind().name(), quotas);
    }

    /** The table as printed, to post to the aggregator's plan import. */
    static byte[] csv() {
        try (InputStream csv = PlanTable.class.getResourceAsStream(RESOURCE)) {
            if (csv == null) {
                throw new IllegalStateException("Plan table " + RESOURCE + " is not on the classpath");
            }
            return csv.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PlanImport read() {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv()), StandardCharsets.UTF_8)) {
            return PlanImporter.fromCsv(reader, PlanContext.none());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
