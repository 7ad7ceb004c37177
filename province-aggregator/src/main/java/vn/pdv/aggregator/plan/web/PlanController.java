package vn.pdv.aggregator.plan.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.plan.PlanContext;
import vn.pdv.aggregator.plan.PlanImport;
import vn.pdv.aggregator.plan.PlanWarning;
import vn.pdv.aggregator.plan.TableRow;
import vn.pdv.aggregator.plan.application.PlanLoader;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.aggregator.web.ProvinceAccess;
import vn.pdv.common.security.Caller;
import vn.pdv.common.web.Problems;

/**
 * {@code POST /api/plans}: imports a plan table (CSV in UTF-8, or XLSX, as the request body), loads its sound quotas
 * beside those the committees' events assign, keeps its own targets and its warnings. {@code GET /api/plans/warnings}
 * lists every warning of every imported plan with its row and unit.
 */
@RestController
class PlanController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanLoader loader;
    private final ProvinceAccess access;

    PlanController(PlanLoader loader, ProvinceAccess access) {
        this.loader = loader;
        this.access = access;
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
     * @param issuingUnit     the committee that issued the plan; else read from the plan number's suffix (ĐUK → DUK)
     * @param planNumber      overrides a number printed above the table
     * @param metric          ADMISSIONS (the default) or SOURCES
     * @param period          for a table whose header names no period, e.g. 2018 for a one-year source plan
     * @param expectedPeriods periods the table must have columns for, e.g. 2024,2025; a missing one is a warning
     */
    @PostMapping(path = "/api/plans", consumes = {"text/csv", XLSX, "application/octet-stream"})
    @PreAuthorize("@provinceAccess.toAdminister(#caller)")
    ResponseEntity<?> importPlan(Caller caller, @RequestBody byte[] table,
                                 @RequestParam(required = false) UnitCode issuingUnit,
                                 @RequestParam(required = false) String planNumber,
                                 @RequestParam(required = false) LocalDate planIssuedOn,
                                 @RequestParam(required = false) String issuingBody,
                                 @RequestParam(defaultValue = "ADMISSIONS") Metric metric,
                                 @RequestParam(required = false) Period period,
                                 @RequestParam(required = false) List<Period> expectedPeriods) throws IOException {
        PlanContext given = PlanContext.none().withMetric(metric);
        if (issuingUnit != null) {
            given = given.withIssuingUnit(issuingUnit);
        }
        if (planNumber != null && !planNumber.isBlank()) {
            given = given.withPlan(new PlanReference(planNumber, Optional.ofNullable(planIssuedOn),
                    Optional.ofNullable(issuingBody)));
        }
        if (period != null) {
            given = given.withDefaultPeriod(period);
        }
        if (expectedPeriods != null) {
            given = given.expecting(expectedPeriods.toArray(Period[]::new));
        }
        PlanImport result = loader.importTable(table, given);
        String number = result.plan().map(PlanReference::number).orElse(planNumber);
        List<WarningView> warnings = result.warnings().stream()
                .map(warning -> WarningView.of(number, metric, warning)).toList();
        if (result.plan().isEmpty() || result.issuedBy().isEmpty()) {
            var problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "plan-not-loaded",
                    warnings.isEmpty() ? "Không nạp được kế hoạch." : warnings.getFirst().messageVi(),
                    warnings.isEmpty() ? "The plan could not be loaded." : warnings.getFirst().messageEn(), "file");
            problem.setProperty("warnings", warnings);
            return ResponseEntity.unprocessableContent().body(problem);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Imported(number, result.issuedBy().get().value(),
                metric, result.units().size(), result.quotas().size(), warnings));
    }

    /**
     * Every warning of the imported plans about units the caller reads (all of them, plan-wide ones included, for a
     * province administrator), by plan then table order; {@code plan} and {@code unit} narrow it.
     */
    @GetMapping("/api/plans/warnings")
    @PreAuthorize("@provinceAccess.toList(#caller) and (#unit == null or @provinceAccess.toRead(#caller, #unit, null))")
    List<WarningView> warnings(Caller caller, @RequestParam(required = false) String plan,
                               @RequestParam(required = false) UnitCode unit) {
        return loader.warnings(Optional.ofNullable(plan), Optional.ofNullable(unit), access.reachToday(caller))
                .stream()
                .map(listed -> WarningView.of(listed.plan(), listed.metric(), listed.warning())).toList();
    }
}
