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
 * version is taken as its first version (as the figures count it). Closures are the province's, through the API;
 * there is no closing event in a committee's log.
 */
public final class Authority {

    /** Deeper than any real tree: a walk this long is a cycle. */
    private static final int MAX_DEPTH = 64;

    private final UnitTree tree;
    private final Map<UnitCode, List<Unit>> allowed = new HashMap<>();

    public Authority(UnitTree tree) {
        this.tree = tree;
    }

    /** @return why not; empty when the committee may, in which case a registration is remembered */
    public Optional<Refusal> check(UnitCode committee, Effect effect) {
        return switch (effect) {
            case Effect.Registration registration -> register(committee, registration.unit());
            case Effect.Assignment assignment -> assign(committee, assignment.quota());
            case Effect.Step step -> Optional.empty();
            case Effect.Correction correction -> Optional.empty();
            case Effect.Voiding voiding -> Optional.empty();
            case Effect.ClassHeld held -> Optional.empty();
            case Effect.ReceivedOnly receivedOnly -> Optional.empty();
        };
    }

    private Optional<Refusal> register(UnitCode committee, Unit unit) {
        LocalDate day = unit.effectiveFrom();
        Optional<Unit> standing = versionOn(unit.code(), day);
        if (unit.code().equals(committee)) {
            if (standing.isPresent() && !sameParent(standing.get().parent(), unit.parent())) {
                return refuse(committee + " may not move itself (from under " + name(standing.get().parent())
                        + " to under " + name(unit.parent()) + " on " + day + "): its place is the province's");
            }
        } else {
            if (unit.parent() == null || !within(committee, unit.parent(), day)) {
                return refuse(committee + " may not place " + unit.code() + " under " + name(unit.parent()) + " on "
                        + day + ": outside its subtree");
            }
            if (standing.isPresent() && !within(committee, unit.code(), day)) {
                return refuse(committee + " may not change " + unit.code() + ", which stood under "
                        + name(standing.get().parent()) + " on " + day + ": outside its subtree");
            }
        }
        allowed.computeIfAbsent(unit.code(), code -> new ArrayList<>()).add(unit);
        return Optional.empty();
    }

    private Optional<Refusal> assign(UnitCode committee, Quota quota) {
        LocalDate day = quota.period().from();
        if (!within(committee, quota.target(), day)) {
            return refuse(committee + " may not assign a quota to " + quota.target() + " for " + quota.period().code()
                    + ": outside its subtree on " + day);
        }
        return Optional.empty();
    }

    /** Whether {@code unit} is the committee or beneath it on the day. */
    private boolean within(UnitCode committee, UnitCode unit, LocalDate day) {
        UnitCode current = unit;
        Set<UnitCode> seen = new HashSet<>();
        for (int depth = 0; current != null && depth < MAX_DEPTH && seen.add(current); depth++) {
            if (current.equals(committee)) {
                return true;
            }
            current = versionOn(current, day).map(Unit::parent).orElse(null);
        }
        return false;
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

    private static Optional<Refusal> refuse(String detail) {
        return Optional.of(new Refusal(Refusal.Reason.OUTSIDE_AUTHORITY, detail));
    }
}
