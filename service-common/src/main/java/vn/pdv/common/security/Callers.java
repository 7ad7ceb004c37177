package vn.pdv.common.security;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/** The {@link Caller} of an authentication, whether it came with a bearer token (API) or a login session (pages). */
public final class Callers {

    private Callers() {
    }

    /** The caller of the current request; empty when nobody is signed in. */
    public static Optional<Caller> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<Caller> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Map<String, Object> claims;
        if (authentication.getPrincipal() instanceof Jwt jwt) {
            claims = jwt.getClaims();
        } else if (authentication.getPrincipal() instanceof OidcUser user) {
            claims = user.getClaims();
        } else {
            return Optional.empty();
        }
        var roles = authentication.getAuthorities().stream()
                .map(authority -> authority.getAuthority())
                .flatMap(authority -> java.util.Arrays.stream(Role.values()).filter(r -> r.authority().equals(authority)))
                .collect(Collectors.toSet());
        Object unit = claims.get(RealmRoles.UNIT_CLAIM);
        Object name = claims.getOrDefault("name", claims.get("preferred_username"));
        return Optional.of(new Caller(String.valueOf(claims.get("sub")), unit == null ? null : unit.toString(), roles,
                name == null ? "" : name.toString()));
    }
}
