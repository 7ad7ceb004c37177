package vn.pdv.aggregator.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.keys.Refusal;
import vn.pdv.aggregator.quota.Quota;

/**
 * May this committee's log make this change? A committee opens, renames and moves units, and assigns quotas, only
 * inside its own subtree as the dated tree stood on the change's effective day: a registration's new parent and (if
 * the unit stood anywhere that day) the unit itself must be the committee or beneath it; a quota's target likewise on
 * the first day of its period. Its own unit it may register (its first appearance, under the parent it names) and
 * rename, but not move: its place is the province's to change, through the aggregator's API.
 *
 * <p>Built once per batch over the tree as stored, it remembers the registrations it allowed, so a committee that
 * opens a unit and a branch beneath it in one batch is judged on the tree those make. A unit before its first
 * version is taken as its first version (as the figures count it). A unit with no version at all is one the province
 * has not heard of yet: a change whose judgement turns on it {@link Verdict.Waiting waits}. Closures are the
 * province's, through the API; there is no closing event in a committee's log.
 */
public final class Authority {

    /** Deeper than any real tree: a walk this long is a cycle. */
    private static final int MAX_DEPTH = 64;

    private final UnitTree tree;
    private final Map<UnitCode, List<Unit>> allowed = new HashMap<>();

    public Authority(UnitTree tree) {
        this.tree = tree;
    }

    /** A registration allowed is remembered for the rest of the batch. */
    public Verdict check(UnitCode committee, Effect effect) {
        return switch (effect) {
            case Effect.Registration registration -> register(committee, registration.unit());
            case Effect.Assignment assignment -> assign(committee, assignment.quota());
            case Effect.Step step -> Verdict.ALLOWED;
            case Effect.Correction correction -> Verdict.ALLOWED;
            case Effect.Voiding voiding -> Verdict.ALLOWED;
            case Effect.ClassHeld held -> Verdict.ALLOWED;
            case Effect.TransferredIn transfer -> Verdict.ALLOWED;
            case Effect.ReceivedOnly receivedOnly -> Verdict.ALLOWED;
        };
    }

    private Verdict register(UnitCode committee, Unit unit) {
        LocalDate day = unit.effectiveFrom();
        Optional<Unit> standing = versionOn(unit.code(), day);
        if (unit.code().equals(committee)) {
            if (standing.isPresent() && !sameParent(standing.get().parent(), unit.parent())) {
                return refuse(committee + " may not move itself (from under " + name(standing.get().parent())
                        + " to under " + name(unit.parent()) + " on " + day + "): its place is the province's");
            }
        } else {
            Verdict place = unit.parent() == null ? Verdict.ALLOWED : within(committee, unit.parent(), day);
            if (unit.parent() == null || place instanceof Verdict.Refused) {
                return refuse(committee + " may not place " + unit.code() + " under " + name(unit.parent()) + " on "
                        + day + ": outside its subtree");
            }
            if (place instanceof Verdict.Waiting) {
                return place;
            }
            Verdict standsWithin = standing.isPresent() ? within(committee, unit.code(), day) : Verdict.ALLOWED;
            if (standsWithin instanceof Verdict.Refused) {
                return refuse(committee + " may not change " + unit.code() + ", which stood under "
                        + name(standing.get().parent()) + " on " + day + ": outside its subtree");
            }
            if (standsWithin instanceof Verdict.Waiting) {
                return standsWithin;
            }
        }
        allowed.computeIfAbsent(unit.code(), code -> new ArrayList<>()).add(unit);
        return Verdict.ALLOWED;
    }

    private Verdict assign(UnitCode committee, Quota quota) {
        LocalDate day = quota.period().from();
        Verdict target = within(committee, quota.target(), day);
        if (target instanceof Verdict.Refused) {
            return refuse(committee + " may not assign a quota to " + quota.target() + " for " + quota.period().code()
                    + ": outside its subtree on " + day);
        }
        return target;
    }

    /**
     * Whether {@code unit} is the committee or beneath it on the day: allowed when the walk up meets the committee,
     * waiting when it meets a unit never registered before it does, refused (without a detail, the caller words it)
     * when it reaches the top.
     */
    private Verdict within(UnitCode committee, UnitCode unit, LocalDate day) {
        UnitCode current = unit;
        Set<UnitCode> seen = new HashSet<>();
        for (int depth = 0; current != null && depth < MAX_DEPTH && seen.add(current); depth++) {
            if (current.equals(committee)) {
                return Verdict.ALLOWED;
            }
            Optional<Unit> version = versionOn(current, day);
            if (version.isEmpty()) {
                return new Verdict.Waiting(current);
            }
            current = version.get().parent();
        }
        return refuse("outside its subtree");
    }

    /** The version in force on the day, stored or allowed in this batch; before the first version, the first. */
    private Optional<Unit> versionOn(UnitCode code, LocalDate day) {
        List<Unit> versions = new ArrayList<>(tree.history(code));
        versions.addAll(allowed.getOrDefault(code, List.of()));
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        Comparator<Unit> byStart = Comparator.comparing(Unit::effectiveFrom);
        return versions.stream().filter(version -> !version.effectiveFrom().isAfter(day)).max(byStart)
                .or(() -> versions.stream().min(byStart));
    }

    private static boolean sameParent(UnitCode before, UnitCode now) {
        return before == null ? now == null : before.equals(now);
    }

    private static String name(UnitCode unit) {
        return unit == null ? "no parent (the top)" : unit.value();
    }

    private static Verdict refuse(String detail) {
        return new Verdict.Refused(new Refusal(Refusal.Reason.OUTSIDE_AUTHORITY, detail));
    }
}
