package vn.pdv.aggregator.hierarchy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A change province staff make to the tree from a date: open, close, rename, move or merge units (the 2025 reform did
 * all five). {@link UnitTree#decide} turns one into new versions and closures, or refuses it naming the rule.
 */
public sealed interface HierarchyChange {

    LocalDate on();

    /** The kinds of change, as the API names them. */
    enum Kind {
        OPEN, CLOSE, RENAME, MOVE, MERGE
    }

    record Open(UnitCode unit, String name, UnitKind kind, UnitCode parent, LocalDate on) implements HierarchyChange {
    }

    record Close(UnitCode unit, LocalDate on) implements HierarchyChange {
    }

    record Rename(UnitCode unit, String name, LocalDate on) implements HierarchyChange {
    }

    record Move(UnitCode unit, UnitCode parent, LocalDate on) implements HierarchyChange {
    }

    /**
     * The units close on {@code on} and become {@code into}, which takes over their children. {@code into} may be one
     * of the existing units' successor, or a new unit opened by the merge when {@code name} and {@code kind} are given.
     */
    record Merge(List<UnitCode> units, UnitCode into, LocalDate on, String name, UnitKind kind, UnitCode parent)
            implements HierarchyChange {
        public Merge {
            units = List.copyOf(units);
        }
    }

    /** What a change comes to. */
    sealed interface Outcome {
    }

    record Accepted(List<Unit> versions, List<Closure> closures) implements Outcome {
        public Accepted {
            versions = List.copyOf(versions);
            closures = List.copyOf(closures);
        }
    }

    record Refused(List<Problem> problems) implements Outcome {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /** Why a change was refused: the field at fault, a stable rule code, and the reason in Vietnamese and English. */
    record Problem(String field, String rule, String vietnamese, String english) {
        public Problem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(rule, "rule");
        }
    }
}
