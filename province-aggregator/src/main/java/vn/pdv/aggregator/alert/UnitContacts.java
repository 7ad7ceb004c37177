package vn.pdv.aggregator.alert;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import vn.pdv.aggregator.hierarchy.UnitCode;

/** Where a committee wants its alerts: e-mail addresses and webhook URLs. Contacts, not people: no names are kept. */
public record UnitContacts(UnitCode unit, List<String> emails, List<URI> webhooks) {

    public UnitContacts {
        Objects.requireNonNull(unit, "unit");
        emails = List.copyOf(emails);
        webhooks = List.copyOf(webhooks);
    }

    public static UnitContacts none(UnitCode unit) {
        return new UnitContacts(unit, List.of(), List.of());
    }
}
