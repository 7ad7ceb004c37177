package vn.pdv.unit.alert.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pdv.common.security.Caller;
import vn.pdv.common.ui.Crumb;
import vn.pdv.unit.alert.AlertId;
import vn.pdv.unit.alert.application.AlertInbox;
import vn.pdv.unit.web.CommitteeAccess;
import vn.pdv.unit.web.WorkspacePage;

/**
 * The province's alerts as a page at {@code /alerts}, newest first, each acknowledged with one button (POST, then
 * back to the list); acknowledged in the signed-in person's name, as the inbox keeps it. The committee's own accounts
 * read them; its secretary acknowledges, as the API allows.
 */
@Controller
@WorkspacePage
class AlertPages {

    private final AlertInbox inbox;
    private final CommitteeAccess access;

    AlertPages(AlertInbox inbox, CommitteeAccess access) {
        this.inbox = inbox;
        this.access = access;
    }

    @GetMapping("/alerts")
    @PreAuthorize("@committeeAccess.toReadCommittee(#caller)")
    String alerts(Caller caller, Model model) {
        model.addAttribute("alerts", inbox.newestFirst(false));
        model.addAttribute("mayAcknowledge", access.permits(() -> access.toManage(caller)));
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"), Crumb.message("alerts.title", null)));
        return "workspace/alerts";
    }

    @PostMapping("/alerts/{id}/acknowledgement")
    @PreAuthorize("@committeeAccess.toManage(#caller)")
    String acknowledge(Caller caller, @PathVariable String id, RedirectAttributes redirect) {
        inbox.acknowledge(new AlertId(id), caller.name() == null ? caller.subject() : caller.name())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        redirect.addFlashAttribute("acknowledged", true);
        return "redirect:/alerts";
    }
}
