package vn.pdv.aggregator.intake.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.intake.LogStatus;
import vn.pdv.aggregator.intake.Logs;

/** Completeness at {@code GET /api/logs}: each committee's log, how far it got, its gaps, when it last spoke. */
@RestController
class LogController {

    private final Logs logs;

    LogController(Logs logs) {
        this.logs = logs;
    }

    @GetMapping("/api/logs")
    List<LogStatus> all() {
        return logs.all();
    }
}
