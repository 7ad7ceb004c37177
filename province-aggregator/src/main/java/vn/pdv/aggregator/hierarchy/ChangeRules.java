package vn.pdv.aggregator.hierarchy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.pdv.aggregator.hierarchy.HierarchyChange.Accepted;
import vn.pdv.aggregator.hierarchy.HierarchyChange.Outcome;
import vn.pdv.aggregator.hierarchy.HierarchyChange.Problem;
import vn.pdv.aggregator.hierarchy.HierarchyChange.Refused;

/**
 * What makes a change to the tree sound: it names the unit it changes, the units it names exist on its date, a parent
 * exists then too, no unit ends up beneath itself, a unit with units still beneath it is not closed (move or merge
 * them first), a merge hands its units' children to the successor.
 */
final class ChangeRules {

    private final UnitTree tree;
    private final List<Problem> problems = new ArrayList<>();

    ChangeRules(UnitTree tree) {
        this.tree = tree;
    }

    Outcome decide(HierarchyChange change) {
        List<Unit> versions = new ArrayList<>();
        List<Closure> closures = new ArrayList<>();
        boolean namesItsUnit = switch (change) {
            case HierarchyChange.Open open -> open.unit() != null;
            case HierarchyChange.Close close -> close.unit() != null;
            case HierarchyChange.Rename rename -> rename.unit() != null;
            case HierarchyChange.Move move -> move.unit() != null;
            case HierarchyChange.Merge merge -> true;
        };
        if (!namesItsUnit) {
            problem("unit", "required", "Cần mã đơn vị.", "A unit code is required.");
            return new Refused(problems);
        }
        switch (change) {
            case HierarchyChange.Open open -> {
                if (tree.knows(open.unit())) {
                    problem("unit", "unit-exists", "Mã đơn vị " + open.unit() + " đã có; dùng mã mới.",
                            "Unit code " + open.unit() + " is already taken; use a new code.");
                }
                named("name", open.name());
                if (open.kind() == null) {
                    problem("unitKind", "required", "Cần loại đơn vị.", "A unit kind is required.");
                }
                parentAlive(open.parent(), open.on());
                versions.add(new Unit(open.unit(), nullToBlank(open.name()), kindOrOther(open.kind()), open.parent(),
                        open.on()));
            }
            case HierarchyChange.Close close -> {
                alive("unit", close.unit(), close.on());
                List<Unit> beneath = tree.children(close.unit(), close.on());
                if (!beneath.isEmpty()) {
                    problem("unit", "has-children", close.unit() + " còn " + beneath.size()
                                    + " đơn vị trực thuộc vào ngày " + close.on() + "; chuyển hoặc hợp nhất trước khi giải thể.",
                            close.unit() + " still has " + beneath.size() + " units beneath it on " + close.on()
                                    + "; move or merge them before closing it.");
                }
                closures.add(new Closure(close.unit(), close.on(), null));
            }
            case HierarchyChange.Rename rename -> {
                named("name", rename.name());
                alive("unit", rename.unit(), rename.on())
                        .ifPresent(unit -> versions.add(unit.renamed(rename.name(), rename.on())));
            }
            case HierarchyChange.Move move -> {
                var unit = alive("unit", move.unit(), move.on());
                parentAlive(move.parent(), move.on());
                if (move.parent() == null) {
                    problem("parent", "required", "Cần đơn vị cấp trên mới.", "A new parent is required.");
                } else if (unit.isPresent() && tree.subtreeOn(move.unit(), move.on()).contains(move.parent())) {
                    problem("parent", "cycle", move.parent() + " nằm trong " + move.unit() + "; không thể chuyển vào.",
                            move.parent() + " is beneath " + move.unit() + "; a unit cannot move under itself.");
                }
                unit.ifPresent(found -> versions.add(found.movedUnder(move.parent(), move.on())));
            }
            case HierarchyChange.Merge merge -> merge(merge, versions, closures);
        }
        return problems.isEmpty() ? new Accepted(versions, closures) : new Refused(problems);
    }

    private void merge(HierarchyChange.Merge merge, List<Unit> versions, List<Closure> closures) {
        LocalDate on = merge.on();
        if (merge.units().isEmpty()) {
            problem("units", "required", "Cần ít nhất một đơn vị được hợp nhất.", "Name at least one unit to merge.");
        }
        if (merge.into() == null) {
            problem("into", "required", "Cần đơn vị sau hợp nhất.", "Name the unit they merge into.");
            return;
        }
        if (merge.units().contains(merge.into())) {
            problem("units", "merge-into-itself", merge.into() + " không thể hợp nhất vào chính nó.",
                    merge.into() + " cannot merge into itself.");
        }
        if (tree.knows(merge.into())) {
            alive("into", merge.into(), on);
        } else if (merge.name() == null || merge.name().isBlank() || merge.kind() == null) {
            problem("into", "unit-unknown", "Chưa có đơn vị " + merge.into()
                            + "; cho tên và loại đơn vị để lập đơn vị mới khi hợp nhất.",
                    merge.into() + " is unknown; give a name and kind to open it with the merge.");
        } else {
            parentAlive(merge.parent(), on);
            versions.add(new Unit(merge.into(), merge.name(), merge.kind(), merge.parent(), on));
        }
        Set<UnitCode> merged = new LinkedHashSet<>(merge.units());
        for (UnitCode unit : merged) {
            if (alive("units", unit, on).isPresent()) {
                closures.add(new Closure(unit, on, merge.into()));
                tree.children(unit, on).stream()
                        .filter(child -> !merged.contains(child.code()) && !child.code().equals(merge.into()))
                        .forEach(child -> versions.add(child.movedUnder(merge.into(), on)));
            }
        }
    }

    private java.util.Optional<Unit> alive(String field, UnitCode code, LocalDate on) {
        if (code == null) {
            problem(field, "required", "Cần mã đơn vị.", "A unit code is required.");
            return java.util.Optional.empty();
        }
        var unit = tree.on(code, on);
        if (unit.isEmpty()) {
            problem(field, tree.knows(code) ? "unit-not-open-on-date" : "unit-unknown",
                    tree.knows(code) ? code + " không tồn tại vào ngày " + on + " (chưa thành lập hoặc đã giải thể)."
                            : "Chưa có đơn vị nào mang mã " + code + ".",
                    tree.knows(code) ? code + " did not exist on " + on + " (not yet opened, or closed)."
                            : "No unit with code " + code + ".");
        }
        return unit;
    }

    private void parentAlive(UnitCode parent, LocalDate on) {
        if (parent != null) {
            alive("parent", parent, on);
        }
    }

    private void named(String field, String name) {
        if (name == null || name.isBlank()) {
            problem(field, "required", "Cần tên đơn vị.", "A unit name is required.");
        }
    }

    private void problem(String field, String rule, String vi, String en) {
        problems.add(new Problem(field, rule, vi, en));
    }

    private static String nullToBlank(String text) {
        return text == null ? "" : text.strip();
    }

    private static UnitKind kindOrOther(UnitKind kind) {
        return kind == null ? UnitKind.OTHER : kind;
    }
}
