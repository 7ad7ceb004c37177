package vn.pdv.aggregator.alert.mongo;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.alert.Contacts;
import vn.pdv.aggregator.alert.UnitContacts;
import vn.pdv.aggregator.hierarchy.UnitCode;

/** Contacts in {@code alert-contacts}, one document per unit, replaced whole. */
@Repository
class MongoContacts implements Contacts {

    private static final String COLLECTION = "alert-contacts";

    private final MongoTemplate mongo;

    MongoContacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<UnitContacts> find(UnitCode unit) {
        return Optional.ofNullable(mongo.findById(unit.value(), ContactsDocument.class, COLLECTION))
                .map(ContactsDocument::toContacts);
    }

    @Override
    public void put(UnitContacts contacts) {
        mongo.save(new ContactsDocument(contacts.unit().value(), contacts.emails(),
                contacts.webhooks().stream().map(URI::toString).toList()), COLLECTION);
    }

    record ContactsDocument(@Id String unit, List<String> emails, List<String> webhooks) {

        UnitContacts toContacts() {
            return new UnitContacts(new UnitCode(unit), emails == null ? List.of() : emails,
                    webhooks == null ? List.of() : webhooks.stream().map(URI::create).toList());
        }
    }
}
