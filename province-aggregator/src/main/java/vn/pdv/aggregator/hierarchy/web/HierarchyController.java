package vn.pdv.aggregator.hierarchy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.Closure;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.HierarchyChange;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.web.Problems;

/**
 * Province staff's view and changes of the tree: {@code GET /api/hierarchy/{unit}?on=} shows a unit as it stood on a
 * day, with its parent line, children and whole history; {@code POST /api/hierarchy/changes} opens, closes, renames,
 * moves or merges units from a date. Malformed input is 400, a change the tree refuses 422, each naming the field.
 */
@RestController
class HierarchyController {

    private final Hierarchy hierarchy;

    HierarchyController(Hierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /**
     * @param kind     OPEN, CLOSE, RENAME, MOVE or MERGE
     * @param on       the first day the change holds (a closure's unit's last day is the day before)
     * @param unitKind for OPEN, and for a MERGE that opens its successor: the contract's kind, e.g. GRASSROOTS_COMMITTEE
     * @param units    for MERGE: the units that close and become {@code into}
     */
    record ChangeRequest(String kind, String unit, String on, String name, String unitKind, String parent,
                         List<String> units, String into) {
    }

    record UnitView(String code, String name, UnitKind kind, String parent, LocalDate effectiveFrom) {
        static UnitView of(Unit unit) {
            return new UnitView(unit.code().value(), unit.name(), unit.kind(),
                    unit.parent() == null ? null : unit.parent().value(), unit.effectiveFrom());
        }
    }

    record ClosureView(String unit, LocalDate on, String successor) {
        static ClosureView of(Closure closure) {
            return new ClosureView(closure.unit().value(), closure.on(),
                    closure.successor() == null ? null : closure.successor().value());
        }
    }

    /** @param version the unit as it stood on {@code on}; null when it did not exist that day */
    record UnitOnDay(String code, LocalDate on, UnitView version, List<UnitView> ancestors, List<UnitView> children,
                     List<UnitView> history, ClosureView closure, List<String> predecessors) {
    }

    record ChangeApplied(List<UnitView> versions, List<ClosureView> closures) {
    }

    @GetMapping("/api/hierarchy/{unit}")
    ResponseEntity<?> unit(@PathVariable String unit, @RequestParam(required = false) String on) {
        Optional<LocalDate> day = on == null ? Optional.of(LocalDate.now()) : Problems.date(on);
        if (day.isEmpty()) {
            return Problems.invalidDate("on", on);
        }
        UnitCode code = new UnitCode(unit);
        UnitTree tree = hierarchy.tree();
        if (!tree.knows(code)) {
            return Problems.unknownUnit(unit);
        }
        LocalDate date = day.get();
        return ResponseEntity.ok(new UnitOnDay(unit, date, tree.on(code, date).map(UnitView::of).orElse(null),
                tree.ancestors(code, date).stream().map(UnitView::of).toList(),
                tree.children(code, date).stream().map(UnitView::of).toList(),
                tree.history(code).stream().map(UnitView::of).toList(),
                tree.closure(code).map(ClosureView::of).orElse(null),
                tree.predecessors(code).stream().map(UnitCode::value).toList()));
    }

    @PostMapping("/api/hierarchy/changes")
    ResponseEntity<?> change(@RequestBody ChangeRequest request) {
        Optional<HierarchyChange.Kind> kind = HierarchyChange.Kind.named(request.kind());
        if (kind.isEmpty()) {
            return Problems.badRequest("invalid-change-kind", "Loại thay đổi \"" + request.kind()
                            + "\" không hợp lệ: OPEN, CLOSE, RENAME, MOVE hoặc MERGE.",
                    "Change kind \"" + request.kind() + "\" is not one of OPEN, CLOSE, RENAME, MOVE, MERGE.", "kind");
        }
        if (request.on() == null || request.on().isBlank()) {
            return Problems.badRequest("required", "Cần ngày có hiệu lực (on).", "The effective date (on) is required.",
                    "on");
        }
        Optional<LocalDate> on = Problems.date(request.on());
        if (on.isEmpty()) {
            return Problems.invalidDate("on", request.on());
        }
        UnitKind unitKind = null;
        if (request.unitKind() != null) {
            unitKind = UnitKind.named(request.unitKind().toUpperCase(Locale.ROOT));
            if (unitKind == UnitKind.OTHER && !request.unitKind().equalsIgnoreCase("OTHER")) {
                return Problems.badRequest("invalid-unit-kind", "Loại đơn vị \"" + request.unitKind()
                                + "\" không hợp lệ.", "Unit kind \"" + request.unitKind() + "\" is not known.",
                        "unitKind");
            }
        }
        Optional<String> badCode = badCode(request);
        if (badCode.isPresent()) {
            return Problems.badRequest("required", "Cần mã đơn vị ở trường " + badCode.get() + ".",
                    "A unit code is required in " + badCode.get() + ".", badCode.get());
        }
        HierarchyChange change = switch (kind.get()) {
            case OPEN -> new HierarchyChange.Open(code(request.unit()), request.name(), unitKind, code(request.parent()),
                    on.get());
            case CLOSE -> new HierarchyChange.Close(code(request.unit()), on.get());
            case RENAME -> new HierarchyChange.Rename(code(request.unit()), request.name(), on.get());
            case MOVE -> new HierarchyChange.Move(code(request.unit()), code(request.parent()), on.get());
            case MERGE -> new HierarchyChange.Merge(request.units() == null ? List.of()
                    : request.units().stream().map(HierarchyController::code).toList(), code(request.into()), on.get(),
                    request.name(), unitKind, code(request.parent()));
        };
        return switch (hierarchy.tree().decide(change)) {
            case HierarchyChange.Accepted accepted -> {
                hierarchy.apply(accepted);
                yield ResponseEntity.status(HttpStatus.CREATED).body(new ChangeApplied(
                        accepted.versions().stream().map(UnitView::of).toList(),
                        accepted.closures().stream().map(ClosureView::of).toList()));
            }
            case HierarchyChange.Refused refused -> ResponseEntity.unprocessableContent().body(refusal(refused));
        };
    }

    private static ProblemDetail refusal(HierarchyChange.Refused refused) {
        HierarchyChange.Problem first = refused.problems().getFirst();
        ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, first.rule(), first.vietnamese(),
                first.english(), first.field());
        problem.setProperty("problems", refused.problems());
        return problem;
    }

    /** The code fields the change's kind needs, the first one missing or blank. */
    private static Optional<String> badCode(ChangeRequest request) {
        List<String> needed = new ArrayList<>();
        switch (request.kind().toUpperCase(Locale.ROOT)) {
            case "MERGE" -> needed.add("into");
            default -> needed.add("unit");
        }
        for (String field : needed) {
            String value = field.equals("into") ? request.into() : request.unit();
            if (value == null || value.isBlank()) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static UnitCode code(String text) {
        return text == null || text.isBlank() ? null : new UnitCode(text.strip());
    }
}
