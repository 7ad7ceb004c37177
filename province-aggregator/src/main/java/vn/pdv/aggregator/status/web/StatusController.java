package vn.pdv.aggregator.status.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.fulfilment.Progress;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnknownUnit;
import vn.pdv.aggregator.status.UnitStatus;
import vn.pdv.aggregator.status.application.StatusBoard;
import vn.pdv.aggregator.web.ProvinceAccess;
import vn.pdv.common.security.Caller;

/**
 * {@code GET /api/status/{unit}?on=YYYY-MM-DD}: the unit's status for admissions and sources on the day (today in
 * Vietnam by default), and each of its children's, with the figures each was judged on and why; and under
 * {@code ratios}, by unit code, the ratio targets of the day's year (seed 003's "3–4% of membership", seed 001's
 * "at least 70% youth-union") judged on the year so far: {@code fulfilment} NOT_MET, MET or EXCEEDED.
 */
@RestController
class StatusController {

    private final StatusBoard board;
    private final ProvinceAccess access;
    private final Clock clock;

    StatusController(StatusBoard board, ProvinceAccess access, Clock clock) {
        this.board = board;
        this.access = access;
        this.clock = clock;
    }

    record StatusView(String unit, LocalDate on, List<Judged> statuses, Map<String, List<Judged>> children,
                      Map<String, List<Progress.RatioProgress>> ratios) {
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

    /** The children are asked for within the caller's reach on the day. */
    @GetMapping("/api/status/{unit}")
    @PreAuthorize("@provinceAccess.toRead(#caller, #unit, #on)")
    StatusView status(Caller caller, @PathVariable UnitCode unit, @RequestParam(required = false) LocalDate on) {
        LocalDate day = on != null ? on : LocalDate.now(clock);
        Map<UnitCode, List<UnitStatus>> statuses = board.withChildren(unit, day, access.reachOf(caller, day))
                .orElseThrow(() -> new UnknownUnit(unit));
        Map<String, List<Judged>> children = new LinkedHashMap<>();
        statuses.forEach((child, judged) -> {
            if (!child.equals(unit)) {
                children.put(child.value(), Judged.of(judged));
            }
        });
        Map<String, List<Progress.RatioProgress>> ratios = new LinkedHashMap<>();
        board.ratiosWithChildren(unit, day, access.reachOf(caller, day)).orElseThrow(() -> new UnknownUnit(unit))
                .forEach((each, judged) -> ratios.put(each.value(), judged));
        return new StatusView(unit.value(), day, Judged.of(statuses.get(unit)), children, ratios);
    }
}
