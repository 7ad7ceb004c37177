package vn.pdv.aggregator.hierarchy.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.pdv.aggregator.hierarchy.UnknownUnit;
import vn.pdv.aggregator.hierarchy.application.HierarchyEditor;
import vn.pdv.common.security.Caller;
import vn.pdv.common.web.Problems;

/**
 * Province staff's view and changes of the tree: {@code GET /api/hierarchy/{unit}?on=} shows a unit as it stood on a
 * day (today in Vietnam by default), with its parent line, children and whole history; {@code POST
 * /api/hierarchy/changes} opens, closes, renames, moves or merges units from a date, and {@code POST
 * /api/hierarchy/reorganisations} makes many such changes as one (all or none). Malformed input is 400, a change the
 * tree refuses 422, each naming the field.
 */
@RestController
class HierarchyController {

    private final Hierarchy hierarchy;
    private final HierarchyEditor editor;
    private final Clock clock;

    HierarchyController(Hierarchy hierarchy, HierarchyEditor editor, Clock clock) {
        this.hierarchy = hierarchy;
        this.editor = editor;
        this.clock = clock;
    }

    /**
     * @param on       the first day the change holds (a closure's unit's last day is the day before)
     * @param unit     the unit changed; for a merge, {@code into} names the unit that stays
     * @param unitKind for OPEN, and for a MERGE that opens its successor
     * @param units    for MERGE: the units that close and become {@code into}
     */
    record ChangeRequest(@NotNull HierarchyChange.Kind kind, @Pattern(regexp = UnitCode.PATTERN) String unit,
                         @NotNull LocalDate on, @Size(max = 200) String name, UnitKind unitKind,
                         @Pattern(regexp = UnitCode.PATTERN) String parent,
                         List<@NotNull @Pattern(regexp = UnitCode.PATTERN) String> units,
                         @Pattern(regexp = UnitCode.PATTERN) String into) {

        HierarchyChange change() {
            return switch (kind) {
                case OPEN -> new HierarchyChange.Open(code(unit), name, unitKind, code(parent), on);
                case CLOSE -> new HierarchyChange.Close(code(unit), on);
                case RENAME -> new HierarchyChange.Rename(code(unit), name, on);
                case MOVE -> new HierarchyChange.Move(code(unit), code(parent), on);
                case MERGE -> new HierarchyChange.Merge(units == null ? List.of()
                        : units.stream().map(ChangeRequest::code).toList(), code(into), on, name, unitKind, code(parent));
            };
        }

        private static UnitCode code(String text) {
            return text == null || text.isBlank() ? null : new UnitCode(text.strip());
        }
    }

    /** The changes of one reorganisation, in the order they are to be made. */
    record ReorganisationRequest(@NotEmpty @Size(max = 50_000) List<@NotNull @Valid ChangeRequest> changes) {
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
    @PreAuthorize("@provinceAccess.toRead(#caller, #unit, #on)")
    UnitOnDay unit(Caller caller, @PathVariable UnitCode unit, @RequestParam(required = false) LocalDate on) {
        LocalDate day = on != null ? on : LocalDate.now(clock);
        UnitTree tree = hierarchy.tree();
        if (!tree.knows(unit)) {
            throw new UnknownUnit(unit);
        }
        return new UnitOnDay(unit.value(), day, tree.on(unit, day).map(UnitView::of).orElse(null),
                tree.ancestors(unit, day).stream().map(UnitView::of).toList(),
                tree.children(unit, day).stream().map(UnitView::of).toList(),
                tree.history(unit).stream().map(UnitView::of).toList(),
                tree.closure(unit).map(ClosureView::of).orElse(null),
                tree.predecessors(unit).stream().map(UnitCode::value).toList());
    }

    @PostMapping("/api/hierarchy/changes")
    @PreAuthorize("@provinceAccess.toAdminister(#caller)")
    ResponseEntity<?> change(Caller caller, @Valid @RequestBody ChangeRequest request) {
        return answer(editor.make(request.change()));
    }

    /**
     * A reorganisation as one decision ({@link HierarchyEditor#makeAll}): every change decided on the tree the ones
     * before it left, all written or, when one is refused, none (422 naming {@code changes[i].field}).
     */
    @PostMapping("/api/hierarchy/reorganisations")
    @PreAuthorize("@provinceAccess.toAdminister(#caller)")
    ResponseEntity<?> reorganise(Caller caller, @Valid @RequestBody ReorganisationRequest request) {
        return answer(editor.makeAll(request.changes().stream().map(ChangeRequest::change).toList()));
    }

    /** 201 with what was written, or 422 with why nothing was. */
    private static ResponseEntity<?> answer(HierarchyChange.Outcome outcome) {
        return switch (outcome) {
            case HierarchyChange.Accepted accepted -> ResponseEntity.status(HttpStatus.CREATED).body(new ChangeApplied(
                    accepted.versions().stream().map(UnitView::of).toList(),
                    accepted.closures().stream().map(ClosureView::of).toList()));
            case HierarchyChange.Refused refused -> ResponseEntity.unprocessableContent().body(refusal(refused));
        };
    }

    /** 422 in the one problem shape, the first rule broken at the top and every one in {@code problems}. */
    private static ProblemDetail refusal(HierarchyChange.Refused refused) {
        HierarchyChange.Problem first = refused.problems().getFirst();
        ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, first.rule(), first.vietnamese(),
                first.english(), first.field());
        problem.setProperty("problems", refused.problems());
        return problem;
    }
}
