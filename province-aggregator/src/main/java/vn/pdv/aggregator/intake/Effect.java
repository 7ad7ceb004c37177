package vn.pdv.aggregator.intake;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Person;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Quota;

/** What an event changes here. The rules of which step counts where live in {@link Step}'s factories. */
public sealed interface Effect {

    /** A unit of the tree registered (or re-registered) by a committee's log. */
    record Registration(Unit unit) implements Effect {
    }

    /** A yearly quota assigned by a committee's plan. */
    record Assignment(Quota quota) implements Effect {
    }

    /**
     * A class held (seeds 001 and 004): one more in {@code counted} at the organising unit on its last day, the day its
     * certificates are issued. It concerns no candidate, so it moves no one along the pipeline; the attendees' own
     * certificates and new-member classes follow as their steps.
     *
     * @param counted {@link Metric#AWARENESS_CLASSES} or {@link Metric#NEW_MEMBER_CLASSES}
     */
    record ClassHeld(UnitCode organiser, LocalDate heldOn, Metric counted) implements Effect {

        public ClassHeld {
            if (counted != Metric.AWARENESS_CLASSES && counted != Metric.NEW_MEMBER_CLASSES) {
                throw new IllegalArgumentException("not a count of classes: " + counted);
            }
        }

        /** What the class adds to its organiser's counters of the day. */
        public Map<Metric, Set<Counter>> counts() {
            return Map.of(counted, Set.of(Counter.TOTAL));
        }
    }

    /**
     * A candidate taken in from another committee (issue 13) at the stage reached there: they stand at
     * {@code arrived}'s branch and stage from now on, whatever the sending committee's log still says about them. It
     * counts nothing: the source, the admission and every other step were counted where they happened.
     */
    record TransferredIn(Step arrived) implements Effect {

        public TransferredIn {
            if (!arrived.counts().isEmpty()) {
                throw new IllegalArgumentException("a transfer counts nothing again: " + arrived.counts());
            }
        }
    }

    /** A type this aggregator does not know yet, or does not model yet: its place in the log still counts. */
    record ReceivedOnly() implements Effect {
    }

    /**
     * A recorded step corrected (its day, branch or decision number): what it counted moves from {@code before} to
     * {@code after}, and the candidate stands at {@code stageNow} in {@code after}'s branch. Both are read from the
     * event, so no state per candidate is kept here. The findings counted for the step stay as they were counted: a
     * finding is the record that the step was recorded late, and a correction does not unrecord it.
     */
    record Correction(Step before, Step after, Stage stageNow) implements Effect {

        /** Whether what the step counts stays in the same unit's counters of the same day (a decision number, say). */
        public boolean countsInPlace() {
            return before.branch().equals(after.branch()) && before.on().equals(after.on());
        }
    }

    /**
     * A recorded step voided: what it counted is taken back, and the candidate stands at {@code stageNow} in
     * {@code branchNow}, the stage before the step. Its findings stay counted, as for a {@link Correction}.
     */
    record Voiding(Step voided, Stage stageNow, UnitCode branchNow) implements Effect {
    }

    /**
     * A candidate taken to a stage; a counting step also adds to its branch's tallies on the day it happened, and a
     * step recorded with findings adds them to its branch's count of findings on that day.
     *
     * @param on       the day the step happened
     * @param counts   per metric, the counters this step adds one to; empty for a step that counts nothing
     * @param findings the codes of the rules the committee recorded the step as breaking (a decision after its
     *                 deadline…), one per finding; usually none
     * @param amounts  per metric, the counters this step adds more than one to: an admission's age in years to
     *                 {@link Counter#AGE_YEARS}; usually none
     */
    record Step(String candidateId, UnitCode branch, Stage stage, LocalDate on, Map<Metric, Set<Counter>> counts,
                List<String> findings, Map<Metric, Map<Counter, Integer>> amounts) implements Effect {

        public Step {
            counts = Map.copyOf(counts);
            findings = findings == null ? List.of() : List.copyOf(findings);
            amounts = amounts == null ? Map.of() : Map.copyOf(amounts);
        }

        public Step(String candidateId, UnitCode branch, Stage stage, LocalDate on, Map<Metric, Set<Counter>> counts,
                    List<String> findings) {
            this(candidateId, branch, stage, on, counts, findings, Map.of());
        }

        public Step(String candidateId, UnitCode branch, Stage stage, LocalDate on, Map<Metric, Set<Counter>> counts) {
            this(candidateId, branch, stage, on, counts, List.of(), Map.of());
        }

        /** The same step, recorded with these findings (rule codes). */
        public Step withFindings(List<String> rules) {
            return new Step(candidateId, branch, stage, on, counts, rules, amounts);
        }

        /** @param introducedBy the introducing organisation's contract name, e.g. MILITIA */
        public static Step sourceCreated(String candidateId, UnitCode branch, LocalDate on, Person person,
                                         String introducedBy) {
            Set<Counter> counters = person.counters(on.getYear(), false);
            Counter.introducedBy(introducedBy).ifPresent(counters::add);
            return new Step(candidateId, branch, Stage.SOURCE, on, Map.of(Metric.SOURCES, counters));
        }

        public static Step admitted(String candidateId, UnitCode branch, LocalDate on, Person person,
                                    boolean readmission) {
            return admitted(candidateId, branch, on, person, readmission, null);
        }

        /**
         * An admission, counted in the form's age band and towards the average age: by {@code ageAtAdmission}, the
         * whole years the unit service worked out on the day, or for an event without it (written before it was
         * carried) the years since the birth year; with neither, in no band but {@link Counter#AGE_UNSPECIFIED}.
         */
        public static Step admitted(String candidateId, UnitCode branch, LocalDate on, Person person,
                                    boolean readmission, Integer ageAtAdmission) {
            Integer age = ageAtAdmission != null ? ageAtAdmission
                    : person.birthYear() == null ? null : on.getYear() - person.birthYear();
            Set<Counter> counters = person.countersAtAge(age, readmission);
            Map<Metric, Map<Counter, Integer>> amounts = Map.of();
            if (age != null && age >= 18) {
                counters.add(Counter.AGE_KNOWN);
                amounts = Map.of(Metric.ADMISSIONS, Map.of(Counter.AGE_YEARS, age));
            }
            return new Step(candidateId, branch, Stage.PROBATIONARY_MEMBER, on, Map.of(Metric.ADMISSIONS, counters),
                    List.of(), amounts);
        }

        public static Step sympathiserAdded(String candidateId, UnitCode branch, LocalDate on, Person person) {
            return counting(candidateId, branch, Stage.SYMPATHISER, on, Metric.SYMPATHISERS_ADDED, person);
        }

        /** Counts as a removal and as an exit. */
        public static Step sympathiserRemoved(String candidateId, UnitCode branch, LocalDate on, Person person) {
            Map<Metric, Set<Counter>> counts = new EnumMap<>(Metric.class);
            counts.put(Metric.SYMPATHISERS_REMOVED, person.counters(on.getYear(), false));
            counts.put(Metric.EXITS, person.counters(on.getYear(), false));
            return new Step(candidateId, branch, Stage.EXITED, on, counts);
        }

        public static Step certificateIssued(String candidateId, UnitCode branch, LocalDate on, Person person) {
            return counting(candidateId, branch, Stage.CERTIFIED, on, Metric.CERTIFICATES, person);
        }

        public static Step recognised(String candidateId, UnitCode branch, LocalDate on, Person person) {
            return counting(candidateId, branch, Stage.OFFICIAL_MEMBER, on, Metric.RECOGNITIONS, person);
        }

        public static Step exited(String candidateId, UnitCode branch, LocalDate on, Person person) {
            return counting(candidateId, branch, Stage.EXITED, on, Metric.EXITS, person);
        }

        /**
         * An exit because the candidate moved to another committee: no exit counted, for the person is not lost; the
         * receiving committee carries them on (issue 13). A move out of the province is recorded with another reason.
         */
        public static Step movedAway(String candidateId, UnitCode branch, LocalDate on) {
            return taken(candidateId, branch, Stage.EXITED, on);
        }

        /** A step that moves no count, only the candidate along the pipeline (verification, votes, decisions…). */
        public static Step taken(String candidateId, UnitCode branch, Stage stage, LocalDate on) {
            return new Step(candidateId, branch, stage, on, Map.of());
        }

        private static Step counting(String candidateId, UnitCode branch, Stage stage, LocalDate on, Metric metric,
                                     Person person) {
            return new Step(candidateId, branch, stage, on, Map.of(metric, person.counters(on.getYear(), false)));
        }
    }
}
