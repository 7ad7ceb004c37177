package vn.pdv.aggregator.status.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.status.StatusService;
import vn.pdv.aggregator.status.UnitStatus;
import vn.pdv.aggregator.web.Problems;

/**
 * {@code GET /api/status/{unit}?on=YYYY-MM-DD}: the unit's status for admissions and sources on the day (today by
 * default), and each of its children's, with the figures each was judged on and why.
 */
@RestController
class StatusController {

    private final StatusService board;

    StatusController(StatusService board) {
        this.board = board;
    }

    record StatusView(String unit, LocalDate on, List<UnitStatus> statuses, Map<String, List<UnitStatus>> children) {
    }

    @GetMapping("/api/status/{unit}")
    ResponseEntity<?> status(@PathVariable String unit, @RequestParam(required = false) String on) {
        Optional<LocalDate> day = on == null ? Optional.of(LocalDate.now()) : Problems.date(on);
        if (day.isEmpty()) {
            return Problems.invalidDate("on", on);
        }
        UnitCode code = new UnitCode(unit);
        return board.withChildren(code, day.get())
                .<ResponseEntity<?>>map(statuses -> {
                    Map<String, List<UnitStatus>> children = new java.util.LinkedHashMap<>();
                    statuses.forEach((child, judged) -> {
                        if (!child.equals(code)) {
                            children.put(child.value(), judged);
                        }
                    });
                    return ResponseEntity.ok(new StatusView(unit, day.get(), statuses.get(code), children));
                })
                .orElseGet(() -> Problems.unknownUnit(unit));
    }
}
