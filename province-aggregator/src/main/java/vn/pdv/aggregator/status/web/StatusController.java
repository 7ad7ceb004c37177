package vn.pdv.aggregator.status.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.status.UnitStatus;
import vn.pdv.aggregator.status.application.StatusBoard;
import vn.pdv.aggregator.web.Problems;

/**
 * {@code GET /api/status/{unit}?on=YYYY-MM-DD}: the unit's status for admissions and sources on the day (today by
 * default), and each of its children's, with the figures each was judged on and why.
 */
@RestController
class StatusController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final StatusBoard board;
    private final Clock clock;

    StatusController(StatusBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    record StatusView(String unit, LocalDate on, List<Judged> statuses, Map<String, List<Judged>> children) {
    }

    /** One judgement as the API shows it: codes as strings, the period by its code and in Vietnamese. */
    record Judged(String unit, String unitName, String metric, String period, String periodVi, LocalDate asOf,
                  Integer quota, long actual, long expected, String status, String statusVi, String statusEn,
                  String reason, String reasonEn) {

        static List<Judged> of(List<UnitStatus> statuses) {
            return statuses.stream().map(s -> new Judged(s.unit().value(), s.unitName(), s.metric().name(),
                    s.period().code(), s.period().vietnamese(), s.asOf(), s.quota(), s.actual(), s.expected(),
                    s.status().name(), s.status().vietnamese(), s.status().english(), s.reason(), s.reasonEn()))
                    .toList();
        }
    }

    @GetMapping("/api/status/{unit}")
    ResponseEntity<?> status(@PathVariable String unit, @RequestParam(required = false) String on) {
        Optional<LocalDate> day = on == null ? Optional.of(LocalDate.now(clock.withZone(VIETNAM))) : Problems.date(on);
        if (day.isEmpty()) {
            return Problems.invalidDate("on", on);
        }
        UnitCode code = new UnitCode(unit);
        return board.withChildren(code, day.get())
                .<ResponseEntity<?>>map(statuses -> {
                    Map<String, List<Judged>> children = new LinkedHashMap<>();
                    statuses.forEach((child, judged) -> {
                        if (!child.equals(code)) {
                            children.put(child.value(), Judged.of(judged));
                        }
                    });
                    return ResponseEntity.ok(new StatusView(unit, day.get(), Judged.of(statuses.get(code)), children));
                })
                .orElseGet(() -> Problems.unknownUnit(unit));
    }
}
