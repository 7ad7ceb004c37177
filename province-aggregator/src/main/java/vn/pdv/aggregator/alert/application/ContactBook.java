package vn.pdv.aggregator.alert.application;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.alert.Contacts;
import vn.pdv.aggregator.alert.UnitContacts;
import vn.pdv.aggregator.alert.WebhookTargets;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * Each committee's alert contacts: read, and replaced whole. Every webhook must be a target the deployment allows
 * ({@link WebhookTargets}); a set with one that is not is refused whole, naming it, and nothing changes.
 */
@Service
public class ContactBook {

    /** What became of a replacement: kept as given (each address and URL once), or refused for one webhook. */
    public sealed interface Replacement {

        record Kept(UnitContacts contacts) implements Replacement {
        }

        /** @param index the refused webhook's place in the list given */
        record Refused(int index, WebhookTargets.Refusal refusal) implements Replacement {
        }
    }

    private final Contacts contacts;
    private final WebhookTargets targets;

    ContactBook(Contacts contacts, WebhookTargets targets) {
        this.contacts = contacts;
        this.targets = targets;
    }

    /** None when the committee has set none. */
    public UnitContacts of(UnitCode unit) {
        return contacts.find(unit).orElse(UnitContacts.none(unit));
    }

    public Replacement replace(UnitContacts wanted) {
        List<URI> webhooks = wanted.webhooks();
        for (int i = 0; i < webhooks.size(); i++) {
            Optional<WebhookTargets.Refusal> refusal = targets.check(webhooks.get(i));
            if (refusal.isPresent()) {
                return new Replacement.Refused(i, refusal.get());
            }
        }
        UnitContacts kept = new UnitContacts(wanted.unit(), wanted.emails().stream().distinct().toList(),
                webhooks.stream().distinct().toList());
        contacts.put(kept);
        return new Replacement.Kept(kept);
    }
}
