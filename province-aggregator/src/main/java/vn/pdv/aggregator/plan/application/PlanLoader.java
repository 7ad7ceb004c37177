package vn.pdv.aggregator.plan.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Reach;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.plan.ImportedPlan;
import vn.pdv.aggregator.plan.KnownUnits;
import vn.pdv.aggregator.plan.PlanContext;
import vn.pdv.aggregator.plan.PlanImport;
import vn.pdv.aggregator.plan.PlanWarning;
import vn.pdv.aggregator.plan.Plans;
import vn.pdv.aggregator.plan.UnitCodes;
import vn.pdv.aggregator.plan.UnitsWithoutSources;
import vn.pdv.aggregator.plan.importing.PlanImporter;
import vn.pdv.aggregator.quota.Memberships;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Quotas;

/**
 * Imports a plan table and keeps what it holds: its sound quotas beside those the committees' events assign, and the
 * plan itself with its targets and warnings. The import is checked against what the aggregator knows and the table
 * does not print: the registered units, the quotas the issuing committee itself received, the membership counts staff
 * stated (for "a share of membership" targets), and which units hold no sources today.
 *
 * <p>Written without a transaction: the quotas first, then the plan. A crash in between leaves the quotas loaded and
 * the plan's warnings unrecorded until the same table is imported again, which replaces both.
 */
@Service
public class PlanLoader {

    /** A warning as listed, with the plan and metric it belongs to. */
    public record Listed(String plan, Metric metric, PlanWarning warning) {
    }

    private final Quotas quotas;
    private final Plans plans;
    private final Hierarchy hierarchy;
    private final Memberships memberships;
    private final UnitsWithoutSources sourceless;
    private final Clock clock;

    PlanLoader(Quotas quotas, Plans plans, Hierarchy hierarchy, Memberships memberships,
                UnitsWithoutSources sourceless, Clock clock) {
        this.quotas = quotas;
        this.plans = plans;
        this.hierarchy = hierarchy;
        this.memberships = memberships;
        this.sourceless = sourceless;
        this.clock = clock;
    }

    /**
     * @param table CSV in UTF-8, or XLSX (told apart by the zip signature)
     * @param given what the caller says of the plan: its metric, and as far as known its number, issuing unit,
     *              period and the periods it must cover
     * @return the outcome; nothing was kept when it names no plan or no issuing unit
     */
    public PlanImport importTable(byte[] table, PlanContext given) throws IOException {
        PlanContext context = checkedAgainstWhatIsKnown(given);
        PlanImport result = read(table, context);
        if (result.plan().isPresent() && result.issuedBy().isPresent()) {
            result.quotas().forEach(quotas::record);
            plans.record(new ImportedPlan(result.plan().get(), result.issuedBy().get(), context.metric(),
                    clock.instant(), result.targets(), result.quotas().size(), result.warnings()));
        }
        return result;
    }

    /**
     * What {@link #importTable} would find and load, row by row, keeping nothing: the dry run an administrator looks
     * at before loading a table.
     */
    public PlanImport check(byte[] table, PlanContext given) throws IOException {
        return read(table, checkedAgainstWhatIsKnown(given));
    }

    private PlanContext checkedAgainstWhatIsKnown(PlanContext given) {
        PlanContext context = given.withKnownUnits(knownUnits()).withMembership(memberships.all())
                .withUnitsWithoutSources(sourceless.on(LocalDate.now(clock)));
        Optional<UnitCode> issuer = given.issuingUnit().or(() -> given.plan().flatMap(UnitCodes::issuerOf));
        if (issuer.isPresent()) {
            context = context.withIssuingUnit(issuer.get()).withReceived(quotas.of(issuer.get()));
        }
        return context;
    }

    /**
     * Every warning of the imported plans within {@code reach}, by plan number, metric, then table order; each filter
     * only if given. A warning about the plan as a whole (no unit) is within reach of the province only.
     */
    public List<Listed> warnings(Optional<String> plan, Optional<UnitCode> unit, Reach reach) {
        return plans.all().stream()
                .filter(imported -> plan.isEmpty() || imported.plan().number().equals(plan.get()))
                .sorted(Comparator.comparing((ImportedPlan imported) -> imported.plan().number())
                        .thenComparing(ImportedPlan::metric))
                .flatMap(imported -> imported.warnings().stream()
                        .map(warning -> new Listed(imported.plan().number(), imported.metric(), warning)))
                .filter(listed -> unit.isEmpty() || listed.warning().unit().equals(unit))
                .filter(listed -> reach instanceof Reach.Everything || listed.warning().unit().filter(reach::covers).isPresent())
                .toList();
    }

    /**
     * The warnings a unit's page lists: those about any of {@code units} (the unit and what stood beneath it on the
     * page's day), and the plan-wide ones of the plans {@code unit} issued; by plan number, metric, then table order.
     */
    public List<Listed> warningsFor(UnitCode unit, Set<UnitCode> units) {
        return plans.all().stream()
                .sorted(Comparator.comparing((ImportedPlan imported) -> imported.plan().number())
                        .thenComparing(ImportedPlan::metric))
                .flatMap(imported -> imported.warnings().stream()
                        .filter(warning -> warning.unit().map(units::contains)
                                .orElse(imported.issuedBy().equals(unit)))
                        .map(warning -> new Listed(imported.plan().number(), imported.metric(), warning)))
                .toList();
    }

    private KnownUnits knownUnits() {
        Map<UnitCode, String> names = new LinkedHashMap<>();
        for (Unit unit : hierarchy.all()) {
            names.put(unit.code(), unit.name());
        }
        return KnownUnits.of(names);
    }

    /** XLSX is a zip: it starts with "PK". Anything else is read as UTF-8 CSV. */
    private static PlanImport read(byte[] table, PlanContext context) throws IOException {
        if (table.length > 1 && table[0] == 'P' && table[1] == 'K') {
            return PlanImporter.fromXlsx(new ByteArrayInputStream(table), context);
        }
        return PlanImporter.fromCsv(new InputStreamReader(new ByteArrayInputStream(table), StandardCharsets.UTF_8),
                context);
    }
}
