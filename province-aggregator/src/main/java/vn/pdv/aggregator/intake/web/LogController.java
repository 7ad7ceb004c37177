package vn.pdv.aggregator.intake.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnknownUnit;
import vn.pdv.aggregator.intake.LogStatus;
import vn.pdv.aggregator.intake.application.Completeness;
import vn.pdv.aggregator.web.ProvinceAccess;
import vn.pdv.common.security.Caller;

/**
 * Completeness: {@code GET /api/logs} lists every committee's log, how far it got, its gaps, when it last spoke and
 * whether it has gone quiet or never sent anything; {@code GET /api/logs/{unit}} the same for the committees in one
 * unit's subtree.
 */
@RestController
class LogController {

    private final Completeness completeness;
    private final ProvinceAccess access;

    LogController(Completeness completeness, ProvinceAccess access) {
        this.completeness = completeness;
        this.access = access;
    }

    /** The committees the caller reads today: all of them for the province, its subtree's for anyone else. */
    @GetMapping("/api/logs")
    @PreAuthorize("@provinceAccess.toList(#caller)")
    List<LogStatus> all(Caller caller) {
        return completeness.all(access.reachToday(caller));
    }

    @GetMapping("/api/logs/{unit}")
    @PreAuthorize("@provinceAccess.toRead(#caller, #unit, null)")
    List<LogStatus> within(Caller caller, @PathVariable UnitCode unit) {
        return completeness.within(unit, access.reachToday(caller)).orElseThrow(() -> new UnknownUnit(unit));
    }
}
