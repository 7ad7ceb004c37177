package vn.pdv.unit.web;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.pdv.common.security.AccessRefused;
import vn.pdv.common.security.Caller;
import vn.pdv.common.security.Role;
import vn.pdv.unit.CommitteeProperties;
import vn.pdv.unit.classes.ClassId;
import vn.pdv.unit.classes.ClassRegister;
import vn.pdv.unit.classes.PartyClass;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.Units;
import vn.pdv.unit.pipeline.Candidate;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.Candidates;

/**
 * Who may do what at this committee's service: the one place that answers it. Each question either returns (true, so
 * that {@code @PreAuthorize("@committeeAccess.toRead(#caller)")} reads naturally) or throws {@link AccessRefused} naming
 * the role or the unit that was missing, before the handler runs, so a refusal writes nothing.
 *
 * <ul>
 *   <li>The service accepts only accounts whose unit is the committee or an organisation it manages (registered in
 *   {@link Units}); every other account is refused, a province administrator's included.</li>
 *   <li>An account of the committee works for all its organisations; an account of a branch only for that branch
 *   ({@link #reachOf}): its candidates, its deadlines, its steps.</li>
 *   <li>Reading needs any PDV role; recording a step needs a clerk (a secretary covers it) of the committee, or a
 *   branch clerk of the candidate's branch; registering organisations, assigning quotas, importing lists and
 *   acknowledging alerts need the committee's secretary.</li>
 *   <li>Personal data (names, ID numbers, the rest of a candidate's details) follows the reach, as a candidate's stage
 *   does: the committee's accounts read everyone's, a branch's account its own branch's candidates' — its secretary and
 *   clerk record those steps and must know who the people are — and never another branch's
 *   ({@link #toReadPeople}, {@link #toReadPerson}).</li>
 *   <li>Committee-wide matters — the alert inbox and the outbox — are answered to the committee's own accounts
 *   only.</li>
 * </ul>
 *
 * <p>Known limit: a candidate id that does not exist passes the branch check (the handler then answers 404), so a
 * branch's account learns that an id is unknown, never anything about a known one.
 */
@Component
public class CommitteeAccess {

    private static final Role[] ANY_ROLE = {Role.VIEWER, Role.SECRETARY, Role.CLERK, Role.BRANCH_CLERK};

    private final UnitCode committee;
    private final Units units;
    private final Candidates candidates;
    private final ClassRegister classes;

    @Autowired
    CommitteeAccess(CommitteeProperties committee, Units units, Candidates candidates, ClassRegister classes) {
        this(new UnitCode(committee.code()), units, candidates, classes);
    }

    /** For tests without Spring: the committee's code, its organisations and its candidates. */
    public CommitteeAccess(UnitCode committee, Units units, Candidates candidates) {
        this(committee, units, candidates, null);
    }

    /** For tests without Spring: the committee's code, its organisations, its candidates and its classes. */
    public CommitteeAccess(UnitCode committee, Units units, Candidates candidates, ClassRegister classes) {
        this.committee = committee;
        this.units = units;
        this.candidates = candidates;
        this.classes = classes;
    }

    /** Reads about the organisations in the caller's reach: the units, the deadlines (of the reach). */
    public boolean toRead(Caller caller) {
        reachOf(caller);
        requireAny(caller, ANY_ROLE);
        return true;
    }

    /** A candidate's stage and history: within the caller's reach. */
    public boolean toReadCandidate(Caller caller, String candidateId) {
        Reach reach = reachOf(caller);
        requireAny(caller, ANY_ROLE);
        branchOf(candidateId).filter(branch -> !reach.covers(branch)).ifPresent(branch -> {
            throw AccessRefused.outOfScope(branch.value(), caller.unit());
        });
        return true;
    }

    /**
     * Names and ID numbers in a list: of the candidates in the caller's reach ({@link #reachOf}), which is what every
     * list is asked for, so a branch's account gets its own branch's people and nobody else's.
     */
    public boolean toReadPeople(Caller caller) {
        return toRead(caller);
    }

    /** One candidate's personal data: within the caller's reach, the same rule as the candidate's stage. */
    public boolean toReadPerson(Caller caller, String candidateId) {
        return toReadCandidate(caller, candidateId);
    }

    /** The alert inbox, the outbox: the committee's own accounts. */
    public boolean toReadCommittee(Caller caller) {
        requireCommitteeAccount(caller);
        requireAny(caller, ANY_ROLE);
        return true;
    }

    /** Recording a step of a candidate of {@code branch} (its code as sent; null when not known yet). */
    public boolean toRecordFor(Caller caller, String branch) {
        Reach reach = reachOf(caller);
        if (reach instanceof Reach.WholeCommittee) {
            requireAny(caller, Role.CLERK);
            return true;
        }
        requireAny(caller, Role.BRANCH_CLERK);
        if (branch != null && !reach.covers(codeOrNull(branch))) {
            throw AccessRefused.outOfScope(branch, caller.unit());
        }
        return true;
    }

    /** Recording a step of the candidate {@code candidateId}: for its branch. */
    public boolean toRecordForCandidate(Caller caller, String candidateId) {
        return toRecordFor(caller, branchOf(candidateId).map(UnitCode::value).orElse(null));
    }

    /**
     * A class, its list (with names) included: within the caller's reach, as its organiser's records are. A branch's
     * account so reads its own branch's classes, not the committee's, whose lists name other branches' people.
     */
    public boolean toReadClass(Caller caller, String classId) {
        Reach reach = reachOf(caller);
        requireAny(caller, ANY_ROLE);
        organiserOf(classId).filter(organiser -> !reach.covers(organiser)).ifPresent(organiser -> {
            throw AccessRefused.outOfScope(organiser.value(), caller.unit());
        });
        return true;
    }

    /** Enrolling in, or holding, a class: as recording a step for its organiser. */
    public boolean toRecordForClass(Caller caller, String classId) {
        return toRecordFor(caller, organiserOf(classId).map(UnitCode::value).orElse(null));
    }

    /** Registering organisations, assigning quotas, importing lists, acknowledging alerts: the committee's secretary. */
    public boolean toManage(Caller caller) {
        requireCommitteeAccount(caller);
        requireAny(caller, Role.SECRETARY);
        return true;
    }

    /**
     * Whether a question of this class says yes, for a page that shows or hides a link or a column rather than
     * refusing the whole page: {@code access.permits(() -> access.toReadCommittee(caller))}.
     */
    public boolean permits(java.util.function.BooleanSupplier question) {
        try {
            return question.getAsBoolean();
        } catch (AccessRefused refused) {
            return false;
        }
    }

    /**
     * The organisations the caller works for: the whole committee for its own accounts, one branch for a branch's.
     *
     * @throws AccessRefused when the caller's unit is neither the committee nor an organisation it manages
     */
    public Reach reachOf(Caller caller) {
        UnitCode unit = unitOf(caller);
        if (unit.equals(committee)) {
            return Reach.wholeCommittee();
        }
        if (units.find(unit).isEmpty()) {
            throw AccessRefused.outOfScope(committee.value(), caller.unit());
        }
        return Reach.branch(unit);
    }

    private void requireCommitteeAccount(Caller caller) {
        if (!unitOf(caller).equals(committee)) {
            throw AccessRefused.outOfScope(committee.value(), caller.unit());
        }
    }

    private UnitCode unitOf(Caller caller) {
        UnitCode unit = caller.unit() == null ? null : codeOrNull(caller.unit());
        if (unit == null) {
            throw new AccessRefused("unit-out-of-scope",
                    "Tài khoản chưa được gán mã đơn vị nên không được truy cập đơn vị " + committee + ".",
                    "The account carries no unit code, so it may not access unit " + committee + ".");
        }
        return unit;
    }

    private Optional<UnitCode> branchOf(String candidateId) {
        try {
            return candidates.find(new CandidateId(candidateId)).map(Candidate::branch);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private Optional<UnitCode> organiserOf(String classId) {
        if (classes == null) {
            return Optional.empty();
        }
        try {
            return classes.find(new ClassId(classId)).map(PartyClass::organiser);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static void requireAny(Caller caller, Role... roles) {
        if (!caller.hasAny(roles)) {
            throw AccessRefused.roleRequired(roles);
        }
    }

    private static UnitCode codeOrNull(String code) {
        try {
            return new UnitCode(code);
        } catch (IllegalArgumentException notACode) {
            return null;
        }
    }
}
