package vn.pdv.aggregator.hierarchy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation tree through time: each unit's versions (name, kind, parent from a date) and closures, from the
 * committees' {@code UnitRegistered} events and from province staff's changes. The one place tree questions are
 * answered; each default reads the whole history once ({@link #tree()}), so a caller asking many questions in a row
 * (a status sweep) should take one {@link UnitTree} and ask it.
 *
 * <p>See {@link UnitTree} for the roll-up rule across moves and merges.
 */
public interface Hierarchy {

    /**
     * Records a version from a committee's event: a unit's details from {@link Unit#effectiveFrom()}. A later event
     * of the same log for the same unit and day replaces an earlier one; an older or repeated one changes nothing.
     */
    default void register(Origin origin, Unit version) {
        registerAll(List.of(new Registered(origin, version)));
    }

    /** A version from a committee's event, with the event's place in its log. */
    record Registered(Origin origin, Unit version) {
    }

    /** {@link #register} for a batch of events, in the order their logs produced them. */
    void registerAll(List<Registered> registrations);

    /**
     * {@link #registerAll} for events taken in after their logs' progress had passed them (kept waiting for a unit the
     * province had not heard of): every instance's tree still takes them in.
     */
    void registerAllLate(List<Registered> registrations);

    /** Carries out a change staff decided: its new versions and closures. The last write for a unit and day wins. */
    void apply(HierarchyChange.Accepted change);

    /** Everything known, as of this read. */
    UnitTree tree();

    /** The unit's last version; empty when unknown. */
    default Optional<Unit> find(UnitCode code) {
        return tree().latest(code);
    }

    /** The unit as it stood on the day; empty when it did not exist then. */
    default Optional<Unit> find(UnitCode code, LocalDate on) {
        return tree().on(code, on);
    }

    /** Every unit ever known, in its last version (closed ones included). */
    default Collection<Unit> all() {
        return tree().latest();
    }

    /** The unit and everything beneath it as each unit's last version draws the tree; see {@link UnitTree#subtreeAsLatest}. */
    default Set<UnitCode> subtree(UnitCode root) {
        return tree().subtreeAsLatest(root);
    }

    /** Which units count for the root on which days; see {@link UnitTree#subtree(UnitCode, LocalDate, LocalDate)}. */
    default List<Span> subtree(UnitCode root, LocalDate from, LocalDate until) {
        return tree().subtree(root, from, until);
    }

    default List<Unit> children(UnitCode unit, LocalDate on) {
        return tree().children(unit, on);
    }

    /** Nearest first. */
    default List<Unit> ancestors(UnitCode unit, LocalDate on) {
        return tree().ancestors(unit, on);
    }
}
