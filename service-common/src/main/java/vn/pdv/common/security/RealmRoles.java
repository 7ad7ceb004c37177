package vn.pdv.common.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads the PDV roles from an access token's {@code realm_access.roles} (Keycloak's standard claim); roles PDV
 * does not know are ignored. The authentication's name is the token's subject, the pseudonymous actor id.
 */
public final class RealmRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String UNIT_CLAIM = "unit";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, authorities(jwt.getClaims()), jwt.getSubject());
    }

    static Set<Role> roles(Map<String, Object> claims) {
        if (!(claims.get("realm_access") instanceof Map<?, ?> realmAccess)
                || !(realmAccess.get("roles") instanceof Collection<?> names)) {
            return Set.of();
        }
        return names.stream().map(String::valueOf).map(Role::ofRealmName)
                .flatMap(java.util.Optional::stream).collect(Collectors.toUnmodifiableSet());
    }

    static List<GrantedAuthority> authorities(Map<String, Object> claims) {
        return roles(claims).stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }
}
