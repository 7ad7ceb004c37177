package vn.pdv.unit.organisation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.UnitKind;
import vn.pdv.unit.organisation.application.Organisation;
import vn.pdv.unit.web.Refusals;

@RestController
@RequestMapping("/api/units")
class UnitController {

    private final Organisation organisation;

    UnitController(Organisation organisation) {
        this.organisation = organisation;
    }

    @PostMapping
    ResponseEntity<?> register(@Valid @RequestBody RegisterUnit request) {
        Unit unit = request.toUnit();
        return switch (organisation.register(unit)) {
            case Outcome.Accepted<?> accepted -> ResponseEntity.status(HttpStatus.CREATED).body(UnitView.of(unit));
            case Outcome.Refused<?> refused -> Refusals.refused(refused.violations());
        };
    }

    @GetMapping
    List<UnitView> all() {
        return organisation.all().stream().map(UnitView::of).toList();
    }

    record RegisterUnit(@NotBlank @Pattern(regexp = UnitCode.PATTERN) String code,
                        @NotBlank @Size(max = 300) String name,
                        @NotNull UnitKind kind,
                        @Pattern(regexp = UnitCode.PATTERN) String parentCode,
                        @NotNull LocalDate effectiveFrom) {

        Unit toUnit() {
            return new Unit(new UnitCode(code), name, kind, parentCode == null ? null : new UnitCode(parentCode),
                    effectiveFrom);
        }
    }

    record UnitView(String code, String name, UnitKind kind, String parentCode, LocalDate effectiveFrom) {

        static UnitView of(Unit unit) {
            return new UnitView(unit.code().value(), unit.name(), unit.kind(),
                    unit.parent() == null ? null : unit.parent().value(), unit.effectiveFrom());
        }
    }
}
