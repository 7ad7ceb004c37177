package vn.pdv.aggregator.plan.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.plan.ImportedPlan;
import vn.pdv.aggregator.plan.KnownUnits;
import vn.pdv.aggregator.plan.PlanContext;
import vn.pdv.aggregator.plan.PlanImport;
import vn.pdv.aggregator.plan.PlanWarning;
import vn.pdv.aggregator.plan.Plans;
import vn.pdv.aggregator.plan.TableRow;
import vn.pdv.aggregator.plan.UnitCodes;
import vn.pdv.aggregator.plan.importing.PlanImporter;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.aggregator.quota.Quotas;
import vn.pdv.aggregator.web.Problems;

/**
 * {@code POST /api/plans}: imports a plan table (CSV in UTF-8, or XLSX, as the request body), loads its sound quotas
 * beside those the committees' events assign, keeps its own targets and its warnings. {@code GET /api/plans/warnings}
 * lists every warning of every imported plan with its row and unit. The import is checked against the units the
 * aggregator knows and against the quotas the issuing unit itself received.
 */
@RestController
class PlanController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Quotas quotas;
    private final Plans plans;
    private final Hierarchy hierarchy;
    private final Clock clock;

    PlanController(Quotas quotas, Plans plans, Hierarchy hierarchy, Clock clock) {
        this.quotas = quotas;
        this.plans = plans;
        this.hierarchy = hierarchy;
        this.clock = clock;
    }

    /** @param row the table line and printed row number ("STT"); null for findings about the plan as a whole */
    record WarningView(String plan, Metric metric, Integer line, String row, String unit, PlanWarning.Rule rule,
                       String messageVi, String messageEn, Map<String, Object> values) {

        static WarningView of(String plan, Metric metric, PlanWarning warning) {
            return new WarningView(plan, metric, warning.row().map(TableRow::line).orElse(null),
                    warning.row().map(TableRow::listed).filter(listed -> !listed.isEmpty()).orElse(null),
                    warning.unit().map(UnitCode::value).orElse(null), warning.rule(), warning.messageVi(),
                    warning.messageEn(), warning.values());
        }
    }

    record Imported(String plan, String issuedBy, Metric metric, int units, int quotasLoaded,
                    List<WarningView> warnings) {
    }

    /**
     * @param issuingUnit the committee that issued the plan; else read from the plan number's suffix (ĐUK → DUK)
     * @param planNumber  overrides a number printed above the table
     * @param period      for a table whose header names no period, e.g. 2018 for a one-year source plan
     */
    @PostMapping(path = "/api/plans", consumes = {"text/csv", XLSX, "application/octet-stream"})
    ResponseEntity<?> importPlan(@RequestBody byte[] table,
                                 @RequestParam(required = false) String issuingUnit,
                                 @RequestParam(required = false) String planNumber,
                                 @RequestParam(required = false) String planIssuedOn,
                                 @RequestParam(required = false) String issuingBody,
                                 @RequestParam(defaultValue = "ADMISSIONS") String metric,
                                 @RequestParam(required = false) String period) throws IOException {
        Optional<Metric> counted = Optional.of(metric.toUpperCase(Locale.ROOT))
                .filter(name -> name.equals("ADMISSIONS") || name.equals("SOURCES")).map(Metric::valueOf);
        if (counted.isEmpty()) {
            return Problems.badRequest("invalid-metric", "Chỉ tiêu \"" + metric + "\" không hợp lệ: ADMISSIONS hoặc SOURCES.",
                    "Metric \"" + metric + "\" is not ADMISSIONS or SOURCES.", "metric");
        }
        PlanContext context = PlanContext.none().withMetric(counted.get()).withKnownUnits(knownUnits());
        if (period != null) {
            Optional<Period> named = Problems.period(period);
            if (named.isEmpty()) {
                return Problems.invalidPeriod("period", period);
            }
            context = context.withDefaultPeriod(named.get());
        }
        if (planNumber != null && !planNumber.isBlank()) {
            Optional<LocalDate> issuedOn = Problems.date(planIssuedOn);
            if (planIssuedOn != null && issuedOn.isEmpty()) {
                return Problems.invalidDate("planIssuedOn", planIssuedOn);
            }
            context = context.withPlan(new PlanReference(planNumber, issuedOn, Optional.ofNullable(issuingBody)));
        }
        Optional<UnitCode> issuer = Optional.ofNullable(issuingUnit).filter(code -> !code.isBlank()).map(UnitCode::new)
                .or(() -> Optional.ofNullable(planNumber).filter(number -> !number.isBlank())
                        .flatMap(number -> UnitCodes.issuerOf(PlanReference.numbered(number))));
        if (issuer.isPresent()) {
            context = context.withIssuingUnit(issuer.get()).withReceived(quotas.of(issuer.get()));
        }
        PlanImport result = read(table, context);
        String number = result.plan().map(PlanReference::number).orElse(planNumber);
        List<WarningView> warnings = result.warnings().stream()
                .map(warning -> WarningView.of(number, counted.get(), warning)).toList();
        if (result.plan().isEmpty() || result.issuedBy().isEmpty()) {
            var problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "plan-not-loaded",
                    warnings.isEmpty() ? "Không nạp được kế hoạch." : warnings.getFirst().messageVi(),
                    warnings.isEmpty() ? "The plan could not be loaded." : warnings.getFirst().messageEn(), "file");
            problem.setProperty("warnings", warnings);
            return ResponseEntity.unprocessableContent().body(problem);
        }
        result.quotas().forEach(quotas::record);
        plans.record(new ImportedPlan(result.plan().get(), result.issuedBy().get(), counted.get(), clock.instant(),
                result.targets(), result.quotas().size(), result.warnings()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Imported(number, result.issuedBy().get().value(),
                counted.get(), result.units().size(), result.quotas().size(), warnings));
    }

    /** Every warning of the imported plans, by plan then table order; {@code plan} and {@code unit} narrow it. */
    @GetMapping("/api/plans/warnings")
    List<WarningView> warnings(@RequestParam(required = false) String plan,
                               @RequestParam(required = false) String unit) {
        return plans.all().stream()
                .filter(imported -> plan == null || imported.plan().number().equals(plan))
                .sorted(Comparator.comparing((ImportedPlan imported) -> imported.plan().number())
                        .thenComparing(ImportedPlan::metric))
                .flatMap(imported -> imported.warnings().stream()
                        .map(warning -> WarningView.of(imported.plan().number(), imported.metric(), warning)))
                .filter(warning -> unit == null || unit.equals(warning.unit()))
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
