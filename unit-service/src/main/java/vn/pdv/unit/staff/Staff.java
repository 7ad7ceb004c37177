package vn.pdv.unit.staff;

import java.util.Collection;
import java.util.Map;
import vn.pdv.unit.decision.ActorId;

/**
 * The names of the accounts that have used the committee's pages, learnt from their sign-in (the identity provider's
 * name for the account). A step recorded by an account that never opened a page, e.g. through the API only, has no
 * name here and is shown by its id.
 */
public interface Staff {

    /** Remembers the name an account signed in with; the latest wins. */
    void remember(ActorId account, String name);

    /** The known names of {@code accounts}; those never seen are missing from the answer. */
    Map<ActorId, String> namesOf(Collection<ActorId> accounts);
}
