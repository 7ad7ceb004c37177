package vn.pdv.aggregator.alert;

import java.util.Optional;
import vn.pdv.aggregator.hierarchy.UnitCode;

/** Each committee's alert contacts, as it last set them. */
public interface Contacts {

    Optional<UnitContacts> find(UnitCode unit);

    /** Replaces the unit's contacts. */
    void put(UnitContacts contacts);
}
