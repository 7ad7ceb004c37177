package vn.pdv.aggregator.quota.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.application.MembershipRecorder;
import vn.pdv.common.security.Caller;

/** {@code PUT /api/units/{code}/membership/{year}} with {@code {"members": 3600}}: the count a rate target needs. */
@RestController
class MembershipController {

    private final MembershipRecorder recorder;

    MembershipController(MembershipRecorder recorder) {
        this.recorder = recorder;
    }

    record Membership(@NotNull @PositiveOrZero Integer members) {
    }

    record Stated(String unit, int year, int members) {
    }

    @PutMapping("/api/units/{code}/membership/{year}")
    @PreAuthorize("@provinceAccess.toAdminister(#caller)")
    Stated state(Caller caller, @PathVariable UnitCode code, @PathVariable @Min(2000) @Max(2100) int year,
                 @Valid @RequestBody Membership body) {
        recorder.state(code, year, body.members());
        return new Stated(code.value(), year, body.members());
    }
}
