package vn.pdv.unit.pipeline.importing.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pdv.common.security.Caller;
import vn.pdv.common.ui.Crumb;
import vn.pdv.common.ui.FormErrors;
import vn.pdv.common.ui.PageLocales;
import vn.pdv.common.ui.Violation;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.pipeline.importing.ImportReport;
import vn.pdv.unit.pipeline.importing.UnreadableFileException;
import vn.pdv.unit.pipeline.importing.application.SympathiserImport;
import vn.pdv.unit.web.WorkspacePage;

/**
 * The sympathiser list's import as a page at {@code /sympathisers/import}: choose a .csv or .xlsx file, check it (a dry
 * run: the row-by-row report on screen, nothing written), then load the same file, which the session keeps between
 * the two, and see what became of each row. The same {@link SympathiserImport} the API uses, so the same rules.
 *
 * <p>Known limit: the checked file waits in the person's session (at most one per session), so a load after the
 * session ended asks for the file again.
 */
@Controller
@WorkspacePage
class SympathiserImportPages {

    static final String CHECKED_FILE = "pdv.import.checked";

    private final SympathiserImport importer;
    private final MessageSource messages;

    SympathiserImportPages(SympathiserImport importer, MessageSource messages) {
        this.importer = importer;
        this.messages = messages;
    }

    /** A file checked and waiting to be loaded. */
    record Checked(String name, byte[] content) implements java.io.Serializable {
    }

    @GetMapping("/sympathisers/import")
    @PreAuthorize("@committeeAccess.toManage(#caller)")
    String form(Caller caller, Model model) {
        return page(model, FormErrors.none(), null, null);
    }

    @PostMapping("/sympathisers/import")
    @PreAuthorize("@committeeAccess.toManage(#caller)")
    String check(Caller caller, @RequestPart(name = "file", required = false) MultipartFile file, HttpSession session,
                 Model model, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            return page(model, FormErrors.of(List.of(new Violation("file",
                    messages.getMessage("import.error.no-file", null, locale),
                    messages.getMessage("import.error.no-file.fix", null, locale)))), null, null);
        }
        try {
            ImportReport report = importer.importList(new ActorId(caller.subject()), file.getOriginalFilename(),
                    file.getBytes(), true);
            session.setAttribute(CHECKED_FILE, new Checked(file.getOriginalFilename(), file.getBytes()));
            return page(model, FormErrors.none(), report, file.getOriginalFilename());
        } catch (UnreadableFileException unreadable) {
            return page(model, FormErrors.of(List.of(new Violation("file", words(locale, unreadable.reason().vi(),
                    unreadable.reason().en()), null))), null, null);
        }
    }

    @PostMapping("/sympathisers/import/load")
    @PreAuthorize("@committeeAccess.toManage(#caller)")
    String load(Caller caller, HttpSession session, RedirectAttributes redirect) {
        if (!(session.getAttribute(CHECKED_FILE) instanceof Checked checked)) {
            return "redirect:/sympathisers/import";
        }
        session.removeAttribute(CHECKED_FILE);
        try {
            redirect.addFlashAttribute("report", importer.importList(new ActorId(caller.subject()), checked.name(),
                    checked.content(), false));
            redirect.addFlashAttribute("fileName", checked.name());
        } catch (UnreadableFileException unreadable) {
            // it was read a moment ago; should it not be now, the person starts again from the form
        }
        return "redirect:/sympathisers/import/report";
    }

    /** What the load did, after the redirect (POST-redirect-GET): the report travels as a flash attribute. */
    @GetMapping("/sympathisers/import/report")
    @PreAuthorize("@committeeAccess.toManage(#caller)")
    String report(Caller caller, Model model) {
        if (!model.containsAttribute("report")) {
            return "redirect:/sympathisers/import";
        }
        return page(model, FormErrors.none(), (ImportReport) model.getAttribute("report"),
                (String) model.getAttribute("fileName"));
    }

    private static String page(Model model, FormErrors errors, ImportReport report, String fileName) {
        model.addAttribute("errors", errors);
        model.addAttribute("report", report);
        model.addAttribute("fileName", fileName);
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"),
                Crumb.message("sympathisers.title", "/sympathisers"), Crumb.message("import.title", null)));
        return "candidates/import";
    }

    private static String words(Locale locale, String vi, String en) {
        return PageLocales.supported(locale).equals(PageLocales.ENGLISH) ? en : vi;
    }
}
