package vn.pdv.aggregator.alert.application;

import org.springframework.stereotype.Service;
import vn.pdv.aggregator.alert.Contacts;
import vn.pdv.aggregator.alert.UnitContacts;
import vn.pdv.aggregator.hierarchy.UnitCode;

/** Each committee's alert contacts: read, and replaced whole. */
@Service
public class ContactBook {

    private final Contacts contacts;

    ContactBook(Contacts contacts) {
        this.contacts = contacts;
    }

    /** None when the committee has set none. */
    public UnitContacts of(UnitCode unit) {
        return contacts.find(unit).orElse(UnitContacts.none(unit));
    }

    /** @return the contacts as kept: each address and URL once */
    public UnitContacts replace(UnitContacts wanted) {
        UnitContacts kept = new UnitContacts(wanted.unit(), wanted.emails().stream().distinct().toList(),
                wanted.webhooks().stream().distinct().toList());
        contacts.put(kept);
        return kept;
    }
}
