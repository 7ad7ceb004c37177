package vn.pdv.unit.quota.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.quota.QuotaAssigned;
import vn.pdv.unit.quota.application.QuotaAssignment;
import vn.pdv.unit.web.Refusals;

@RestController
@RequestMapping("/api/quotas")
class QuotaController {

    private final QuotaAssignment assignment;

    QuotaController(QuotaAssignment assignment) {
        this.assignment = assignment;
    }

    @PostMapping
    ResponseEntity<?> assign(@Valid @RequestBody AssignQuota request) {
        var outcome = assignment.assign(new UnitCode(request.targetUnitCode()),
                new QuotaAssigned.PlanReference(request.planNumber(), request.planIssuedOn()),
                new QuotaAssigned.QuotaPeriod(request.periodKind(), request.year(), request.endYear(), request.part()),
                request.metric(), request.quota(), request.breakdown() == null ? Map.of() : request.breakdown());
        return switch (outcome) {
            case Outcome.Accepted<QuotaAssigned>(QuotaAssigned assigned) ->
                    ResponseEntity.status(HttpStatus.CREATED).body(assigned);
            case Outcome.Refused<QuotaAssigned> refused -> Refusals.refused(refused.violations());
        };
    }

    record AssignQuota(@NotBlank @Pattern(regexp = UnitCode.PATTERN) String targetUnitCode,
                       @NotBlank @Size(max = 50) String planNumber,
                       @NotNull LocalDate planIssuedOn,
                       @NotNull QuotaAssigned.PeriodKind periodKind,
                       @Min(2000) @Max(2100) int year,
                       @Min(2000) @Max(2100) Integer endYear,
                       @Min(1) @Max(4) Integer part,
                       @NotNull QuotaAssigned.QuotaMetric metric,
                       @PositiveOrZero int quota,
                       Map<String, @PositiveOrZero Integer> breakdown) {
    }
}
