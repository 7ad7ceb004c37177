package vn.pdv.unit.web;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.pdv.common.security.Caller;
import vn.pdv.common.security.Pages;
import vn.pdv.unit.CommitteeProperties;

/**
 * Where a person lands after logging in, until the service has its web pages: who they are and the logout button. An
 * account this committee does not serve gets the refusal page instead.
 */
@Controller
class HomePage {

    private final String title;

    HomePage(CommitteeProperties committee) {
        this.title = "PDV — Đảng ủy " + committee.code();
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize("@committeeAccess.toRead(#caller)")
    @ResponseBody
    String home(Caller caller, CsrfToken csrf) {
        return Pages.signedIn(title, caller, csrf);
    }
}
