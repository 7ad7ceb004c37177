package vn.pdv.aggregator.alert.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.alert.Contacts;
import vn.pdv.aggregator.alert.UnitContacts;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.web.Problems;

/**
 * {@code PUT/GET /api/units/{code}/contacts}: where a committee's alerts go, as data. A PUT replaces the whole set;
 * alerts raised afterwards use it (alerts already raised keep the deliveries planned when they were raised). A unit
 * need not be registered yet, so contacts can be set up before its first event arrives.
 */
@RestController
class ContactsController {

    static final int MAX_CONTACTS = 20;

    /** Enough to catch typing mistakes; the SMTP server has the last word. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Contacts contacts;

    ContactsController(Contacts contacts) {
        this.contacts = contacts;
    }

    /** @param emails   e-mail addresses, each sent its own message; null for none
     *  @param webhooks http(s) URLs, each POSTed the alert as JSON; null for none */
    record ContactsRequest(List<String> emails, List<String> webhooks) {
    }

    record ContactsView(String unitCode, List<String> emails, List<String> webhooks) {

        static ContactsView of(UnitContacts contacts) {
            return new ContactsView(contacts.unit().value(), contacts.emails(),
                    contacts.webhooks().stream().map(URI::toString).toList());
        }
    }

    @GetMapping("/api/units/{code}/contacts")
    ResponseEntity<?> get(@PathVariable String code) {
        if (!Problems.isUnitCode(code)) {
            return Problems.invalidUnit("code", code);
        }
        UnitCode unit = new UnitCode(code);
        return ResponseEntity.ok(ContactsView.of(contacts.find(unit).orElse(UnitContacts.none(unit))));
    }

    @PutMapping("/api/units/{code}/contacts")
    ResponseEntity<?> put(@PathVariable String code, @RequestBody ContactsRequest request) {
        if (!Problems.isUnitCode(code)) {
            return Problems.invalidUnit("code", code);
        }
        List<String> emails = request.emails() == null ? List.of() : request.emails();
        List<String> webhooks = request.webhooks() == null ? List.of() : request.webhooks();
        if (emails.size() > MAX_CONTACTS || webhooks.size() > MAX_CONTACTS) {
            String field = emails.size() > MAX_CONTACTS ? "emails" : "webhooks";
            return Problems.badRequest("too-many-contacts",
                    "Tối đa " + MAX_CONTACTS + " mục trong " + field + ".",
                    "At most " + MAX_CONTACTS + " entries in " + field + ".", field);
        }
        for (int i = 0; i < emails.size(); i++) {
            String email = emails.get(i);
            if (email == null || !EMAIL.matcher(email.strip()).matches()) {
                return Problems.badRequest("invalid-email",
                    "Địa chỉ thư điện tử \"" + email + "\" không hợp lệ.",
                    "E-mail address \"" + email + "\" is not valid.", "emails[" + i + "]");
            }
        }
        for (int i = 0; i < webhooks.size(); i++) {
            if (webhook(webhooks.get(i)) == null) {
                return Problems.badRequest("invalid-webhook",
                    "Địa chỉ webhook \"" + webhooks.get(i) + "\" không hợp lệ: cần URL đầy đủ bắt đầu bằng http:// "
                            + "hoặc https://.",
                    "Webhook \"" + webhooks.get(i) + "\" is not valid: give a full URL starting with http:// or "
                            + "https://.", "webhooks[" + i + "]");
            }
        }
        UnitContacts updated = new UnitContacts(new UnitCode(code),
                emails.stream().map(String::strip).distinct().toList(),
                webhooks.stream().map(ContactsController::webhook).distinct().toList());
        contacts.put(updated);
        return ResponseEntity.ok(ContactsView.of(updated));
    }

    /** The URL, or null when it is not an absolute http(s) URL with a host. */
    private static URI webhook(String text) {
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
