package vn.pdv.aggregator.alert.mongo;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.alert.Contacts;
import vn.pdv.aggregator.alert.UnitContacts;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.DocumentsByKey;
import vn.pdv.aggregator.mongo.GuardedMirror;

/**
 * Contacts in {@code alert-contacts}, one document per unit, replaced whole. Read from a {@link GuardedMirror} of the
 * collection, as plans and targets are: a check that raises thousands of alerts asks for the contacts of each of their
 * addressees, which within one reading are lookups in memory rather than a query each.
 */
@Repository
class MongoContacts implements Contacts {

    private static final String COLLECTION = "alert-contacts";

    private final MongoTemplate mongo;
    private final DocumentsByKey<UnitContacts, UnitCode> index;
    private final GuardedMirror mirror;

    MongoContacts(MongoTemplate mongo) {
        this.mongo = mongo;
        this.index = new DocumentsByKey<>(document -> mongo.getConverter().read(ContactsDocument.class, document)
                .toContacts(), UnitContacts::unit);
        this.mirror = GuardedMirror.ofStaffWrites(mongo, COLLECTION, index);
    }

    /** Fills the cache at start-up rather than on the first check's time. */
    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        mirror.warm();
    }

    @Override
    public Optional<UnitContacts> find(UnitCode unit) {
        return Optional.ofNullable(mirror.read(() -> index.get(unit.value())));
    }

    @Override
    public void put(UnitContacts contacts) {
        mongo.save(new ContactsDocument(contacts.unit().value(), contacts.emails(),
                contacts.webhooks().stream().map(URI::toString).toList()), COLLECTION);
        mirror.staffWrote(List.of(contacts.unit().value()));
    }

    record ContactsDocument(@Id String unit, List<String> emails, List<String> webhooks) {

        UnitContacts toContacts() {
            return new UnitContacts(new UnitCode(unit), emails == null ? List.of() : emails,
                    webhooks == null ? List.of() : webhooks.stream().map(URI::create).toList());
        }
    }
}
