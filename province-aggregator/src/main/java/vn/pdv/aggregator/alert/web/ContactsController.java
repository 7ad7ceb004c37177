package vn.pdv.aggregator.alert.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.alert.UnitContacts;
import vn.pdv.aggregator.alert.WebhookTargets;
import vn.pdv.aggregator.alert.application.ContactBook;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.common.security.Caller;
import vn.pdv.common.web.InvalidValue;
import vn.pdv.common.web.Problems;

/**
 * {@code PUT/GET /api/units/{code}/contacts}: where a committee's alerts go, as data; the unit's own secretary's or a
 * province administrator's to read and change. A PUT replaces the whole set;
 * alerts raised afterwards use it (alerts already raised keep the deliveries planned when they were raised). A unit
 * need not be registered yet, so contacts can be set up before its first event arrives.
 */
@RestController
class ContactsController {

    static final int MAX_CONTACTS = 20;

    private final ContactBook contacts;

    ContactsController(ContactBook contacts) {
        this.contacts = contacts;
    }

    /**
     * @param emails   e-mail addresses, each sent its own message; null for none
     * @param webhooks http(s) URLs, each POSTed the alert as JSON; null for none
     */
    record ContactsRequest(@Size(max = MAX_CONTACTS) List<@NotNull EmailAddress> emails,
                           @Size(max = MAX_CONTACTS) List<@NotNull Webhook> webhooks) {

        UnitContacts of(UnitCode unit) {
            return new UnitContacts(unit,
                    emails == null ? List.of() : emails.stream().map(EmailAddress::value).toList(),
                    webhooks == null ? List.of() : webhooks.stream().map(Webhook::url).toList());
        }
    }

    /** Enough to catch typing mistakes; the SMTP server has the last word. */
    record EmailAddress(String value) {

        private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static EmailAddress read(String text) {
            if (text == null || !EMAIL.matcher(text.strip()).matches()) {
                throw new InvalidValue("invalid-email", "Địa chỉ thư điện tử \"" + text + "\" không hợp lệ.",
                        "E-mail address \"" + text + "\" is not valid.");
            }
            return new EmailAddress(text.strip());
        }
    }

    /** An absolute http(s) URL with a host. */
    record Webhook(URI url) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Webhook read(String text) {
            try {
                URI uri = new URI(text == null ? "" : text.strip());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return new Webhook(uri);
                }
            } catch (URISyntaxException notAUri) {
                // said below, with what would be right
            }
            throw new InvalidValue("invalid-webhook",
                    "Địa chỉ webhook \"" + text + "\" không hợp lệ: cần URL đầy đủ bắt đầu bằng http:// hoặc https://.",
                    "Webhook \"" + text + "\" is not valid: give a full URL starting with http:// or https://.");
        }
    }

    record ContactsView(String unitCode, List<String> emails, List<String> webhooks) {

        static ContactsView of(UnitContacts contacts) {
            return new ContactsView(contacts.unit().value(), contacts.emails(),
                    contacts.webhooks().stream().map(URI::toString).toList());
        }
    }

    @GetMapping("/api/units/{code}/contacts")
    @PreAuthorize("@provinceAccess.toManageContacts(#caller, #code)")
    ContactsView get(Caller caller, @PathVariable UnitCode code) {
        return ContactsView.of(contacts.of(code));
    }

    /** 400 naming the webhook the deployment does not allow ({@code WebhookTargets}); nothing changes then. */
    @PutMapping("/api/units/{code}/contacts")
    @PreAuthorize("@provinceAccess.toManageContacts(#caller, #code)")
    ResponseEntity<?> put(Caller caller, @PathVariable UnitCode code, @Valid @RequestBody ContactsRequest request) {
        return switch (contacts.replace(request.of(code))) {
            case ContactBook.Replacement.Kept(UnitContacts kept) -> ResponseEntity.ok(ContactsView.of(kept));
            case ContactBook.Replacement.Refused(int index, WebhookTargets.Refusal refusal) ->
                    ResponseEntity.badRequest().body(Problems.problem(HttpStatus.BAD_REQUEST, refusal.rule(),
                            refusal.vi(), refusal.en(), "webhooks[" + index + "]"));
        };
    }
}
