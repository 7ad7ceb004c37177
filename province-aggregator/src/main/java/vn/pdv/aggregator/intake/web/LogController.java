package vn.pdv.aggregator.intake.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnknownUnit;
import vn.pdv.aggregator.intake.LogStatus;
import vn.pdv.aggregator.intake.application.Completeness;

/**
 * Completeness: {@code GET /api/logs} lists every committee's log, how far it got, its gaps, when it last spoke and
 * whether it has gone quiet or never sent anything; {@code GET /api/logs/{unit}} the same for the committees in one
 * unit's subtree.
 */
@RestController
class LogController {

    private final Completeness completeness;

    LogController(Completeness completeness) {
        this.completeness = completeness;
    }

    @GetMapping("/api/logs")
    List<LogStatus> all() {
        return completeness.all();
    }

    @GetMapping("/api/logs/{unit}")
    List<LogStatus> within(@PathVariable UnitCode unit) {
        return completeness.within(unit).orElseThrow(() -> new UnknownUnit(unit));
    }
}
