package vn.pdv.common.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The person behind a request, as the token says: a pseudonymous subject (the actor id events carry, never a
 * name), the stable code of the unit their account belongs to, and their roles. {@code name} is for the page
 * header only and never leaves the service.
 */
public record Caller(String subject, String unit, Set<Role> roles, String name) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Whether one of the caller's roles covers {@code role} (a secretary has a clerk's rights too). */
    public boolean has(Role role) {
        return roles.stream().anyMatch(held -> held.covers(role));
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (has(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isProvinceAdmin() {
        return has(Role.PROVINCE_ADMIN);
    }
}
