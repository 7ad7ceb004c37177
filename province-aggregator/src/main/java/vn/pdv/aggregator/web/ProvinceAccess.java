package vn.pdv.aggregator.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Reach;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.Terms;
import vn.pdv.common.security.AccessRefused;
import vn.pdv.common.security.Caller;
import vn.pdv.common.security.Role;

/**
 * May this caller read or change this unit on this day? The aggregator's one answer, over the effective-dated tree.
 * Each question returns true (so that {@code @PreAuthorize("@provinceAccess.toRead(#caller, #unit, #on)")} reads
 * naturally) or throws {@link AccessRefused} naming the role or unit missing, before the handler runs, so a refusal
 * reads and writes nothing.
 *
 * <ul>
 *   <li>A province administrator reads and changes everything.</li>
 *   <li>Any other account with a PDV role reads its own unit's subtree <em>as the tree stood on the day asked</em>
 *   ({@link vn.pdv.aggregator.hierarchy.UnitTree#subtreeOn}): a unit moved out of it on a day is the account's for the
 *   days before and not after; one moved in, the other way round. A period is asked on its last day for the unit
 *   (a term's closing congress of its level, {@link Terms}), or today while it runs. Lists are asked for with the caller's {@link #reachOf reach} and so filtered in the query.</li>
 *   <li>Plans, the tree, signing keys and membership counts are the province administrator's to change.</li>
 *   <li>A unit's alert contacts are read and changed, and the alerts addressed to it acknowledged, by that unit's own
 *   secretary or a province administrator.</li>
 * </ul>
 *
 * <p>Known limit: an account of a unit that has closed reads nothing from the day of its closure (its subtree is empty
 * then); the province moves its accounts to the successor.
 */
@Component
public class ProvinceAccess {

    private static final Role[] ANY_ROLE = {Role.VIEWER, Role.SECRETARY, Role.CLERK, Role.BRANCH_CLERK};

    private final Hierarchy hierarchy;
    private final Terms terms;
    private final Clock clock;

    public ProvinceAccess(Hierarchy hierarchy, Terms terms, Clock clock) {
        this.hierarchy = hierarchy;
        this.terms = terms;
        this.clock = clock;
    }

    /** Reading {@code unit} as it stood on {@code on} (today when null). */
    public boolean toRead(Caller caller, UnitCode unit, LocalDate on) {
        if (!reachOf(caller, on).covers(unit)) {
            throw AccessRefused.outOfScope(unit.value(), caller.unit());
        }
        return true;
    }

    /** Reading {@code unit}'s figures for {@code period}: as the tree stood on its last day, or today while it runs. */
    public boolean toReadPeriod(Caller caller, UnitCode unit, Period period) {
        return toRead(caller, unit, dayOf(unit, period));
    }

    /** Lists not about one unit (the logs, the plans' warnings): any PDV role; the list is asked with the reach. */
    public boolean toList(Caller caller) {
        reachToday(caller);
        return true;
    }

    /** Plans, the tree, membership counts: the province administrator's. */
    public boolean toAdminister(Caller caller) {
        if (!caller.isProvinceAdmin()) {
            throw AccessRefused.roleRequired(Role.PROVINCE_ADMIN);
        }
        return true;
    }

    /** A unit's alert contacts: its own secretary's, or a province administrator's. */
    public boolean toManageContacts(Caller caller, UnitCode unit) {
        if (caller.isProvinceAdmin()) {
            return true;
        }
        if (!caller.has(Role.SECRETARY)) {
            throw AccessRefused.roleRequired(Role.SECRETARY, Role.PROVINCE_ADMIN);
        }
        if (!unit.value().equals(caller.unit())) {
            throw AccessRefused.outOfScope(unit.value(), caller.unit());
        }
        return true;
    }

    /** Acknowledging the alerts addressed to a unit: the same people as its contacts. */
    public boolean toAcknowledgeAlerts(Caller caller, UnitCode unit) {
        return toManageContacts(caller, unit);
    }

    /** Whether {@link #toAcknowledgeAlerts} would let the caller, for a page deciding to offer the button. */
    public boolean mayAcknowledgeAlerts(Caller caller, UnitCode unit) {
        return caller.isProvinceAdmin() || caller.has(Role.SECRETARY) && unit.value().equals(caller.unit());
    }

    /**
     * The units the caller reads on {@code on} (today when null): everything for a province administrator, else its
     * unit's subtree of that day.
     *
     * @throws AccessRefused when the caller has no PDV role, or no unit
     */
    public Reach reachOf(Caller caller, LocalDate on) {
        if (caller.isProvinceAdmin()) {
            return Reach.everything();
        }
        if (!caller.hasAny(ANY_ROLE)) {
            throw AccessRefused.roleRequired(ANY_ROLE);
        }
        if (caller.unit() == null || caller.unit().isBlank()) {
            throw new AccessRefused("unit-out-of-scope", "Tài khoản chưa được gán mã đơn vị nên không xem được đơn vị nào.",
                    "The account carries no unit code, so it may read no unit.");
        }
        UnitCode own = new UnitCode(caller.unit());
        Set<UnitCode> subtree = new HashSet<>(hierarchy.tree().subtreeOn(own, on == null ? today() : on));
        return Reach.only(subtree);
    }

    /** The units the caller reads today. */
    public Reach reachToday(Caller caller) {
        return reachOf(caller, today());
    }

    /**
     * The units the caller reads for {@code unit}'s figures of {@code period}: as the tree stood on the period's last
     * day for the unit, or today while it runs.
     */
    public Reach reachOf(Caller caller, UnitCode unit, Period period) {
        return reachOf(caller, dayOf(unit, period));
    }

    private LocalDate dayOf(UnitCode unit, Period period) {
        LocalDate today = today();
        LocalDate last = terms.bounds(period, hierarchy.tree(), unit, today).lastDay();
        return last.isAfter(today) ? today : last;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
