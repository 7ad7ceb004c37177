package vn.pdv.unit.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import vn.pdv.common.security.AccessRefused;
import vn.pdv.common.security.Caller;
import vn.pdv.common.security.Callers;
import vn.pdv.common.ui.Fmt;
import vn.pdv.common.ui.PageLocales;
import vn.pdv.common.ui.SignedInUser;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.Units;
import vn.pdv.unit.outbox.OutboxStatus;
import vn.pdv.unit.outbox.application.Relay;
import vn.pdv.unit.staff.Staff;

/**
 * What every page of the committee's workspace has ({@link WorkspacePage} controllers only): who is signed in (and
 * their name remembered for the candidates' histories, {@link Staff}), the sync status from the outbox, and a
 * refusal shown as a page on the layout, in the reader's language, naming what was missing.
 */
@ControllerAdvice(annotations = WorkspacePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspaceAdvice {

    private final Relay relay;
    private final CommitteeAccess access;
    private final Staff staff;
    private final Units units;
    private final Fmt fmt;
    private final MessageSource messages;
    /** Names already written, so a page view writes nothing unless the name changed. */
    private final Map<String, String> remembered = new ConcurrentHashMap<>();

    WorkspaceAdvice(Relay relay, CommitteeAccess access, Staff staff, Units units, Fmt fmt, MessageSource messages) {
        this.relay = relay;
        this.access = access;
        this.staff = staff;
        this.units = units;
        this.fmt = fmt;
        this.messages = messages;
    }

    @ModelAttribute(SignedInUser.MODEL_ATTRIBUTE)
    SignedInUser signedInUser(Caller caller) {
        if (caller.subject() != null && caller.name() != null
                && !caller.name().equals(remembered.get(caller.subject()))) {
            staff.remember(new ActorId(caller.subject()), caller.name());
            remembered.put(caller.subject(), caller.name());
        }
        return userOf(caller);
    }

    /** Whether the navigation offers the committee-wide pages (the alerts) a branch's account would be refused. */
    @ModelAttribute("committeeAccount")
    boolean committeeAccount(Caller caller) {
        return access.permits(() -> access.toReadCommittee(caller));
    }

    @ModelAttribute("sync")
    Sync sync(Locale locale) {
        return syncOf(relay.status(), locale);
    }

    /** A refusal by {@link CommitteeAccess} on a page: 403 on the layout, its words in the reader's language. */
    @ExceptionHandler
    ModelAndView on(AccessDeniedException denied, Locale locale) {
        ModelAndView page = new ModelAndView("workspace/refused", HttpStatus.FORBIDDEN);
        boolean english = PageLocales.supported(locale).equals(PageLocales.ENGLISH);
        page.addObject("reason", denied instanceof AccessRefused refused ? (english ? refused.en() : refused.vi())
                : messages.getMessage("error.body.403", null, locale));
        Callers.current().ifPresent(caller -> page.addObject(SignedInUser.MODEL_ATTRIBUTE, userOf(caller)));
        page.addObject("sync", syncOf(relay.status(), locale));
        return page;
    }

    private SignedInUser userOf(Caller caller) {
        String unit = caller.unit() == null ? "" : unitName(caller.unit());
        return new SignedInUser(caller.name() == null ? "" : caller.name(), unit);
    }

    private String unitName(String code) {
        try {
            return units.find(new UnitCode(code)).map(Unit::name).map(name -> name + " (" + code + ")").orElse(code);
        } catch (IllegalArgumentException notACode) {
            return code;
        }
    }

    /** Delivered when, how many still waiting, and whether the last try failed. */
    Sync syncOf(OutboxStatus status, Locale locale) {
        String backlog = fmt.number(status.backlog());
        if (!status.healthy()) {
            String since = status.oldestUndeliveredRecordedAt() == null ? fmt.dateTime(status.lastDeliveredAt())
                    : fmt.dateTime(status.oldestUndeliveredRecordedAt());
            return new Sync("offline", messages.getMessage("sync.offline", new Object[] {backlog, since}, locale));
        }
        String message = status.lastDeliveredAt() == null
                ? messages.getMessage("sync.never", new Object[] {backlog}, locale)
                : messages.getMessage("sync.sent", new Object[] {fmt.time(status.lastDeliveredAt()),
                        fmt.date(status.lastDeliveredAt()), backlog}, locale);
        return new Sync(status.backlog() == 0 ? "ok" : "info", message);
    }
}
