package vn.pdv.unit.decision;

/**
 * Who recorded a step: the subject of their account at the province's identity provider, a pseudonymous id that says
 * nothing about the person (never a name or a user name). Kept with every step in the committee's log and the
 * candidate's history, and carried by the published event, so a step can be traced to an account.
 */
public record ActorId(String value) {

    public ActorId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An actor id is the account's subject and cannot be blank");
        }
    }
}
