package vn.pdv.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RealmRolesTest {

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256")
                .issuedAt(Instant.EPOCH).expiresAt(Instant.EPOCH.plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void readsThePdvRolesOfTheRealmAndIgnoresOthers() {
        Jwt jwt = token(Map.of("sub", "5f1c", "unit", "DUK-26",
                "realm_access", Map.of("roles", List.of("secretary", "offline_access", "uma_authorization"))));

        var authentication = new RealmRoles().convert(jwt);

        assertThat(authentication.getName()).isEqualTo("5f1c");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_SECRETARY");
        Caller caller = Callers.of(authentication).orElseThrow();
        assertThat(caller.unit()).isEqualTo("DUK-26");
        assertThat(caller.subject()).isEqualTo("5f1c");
        assertThat(caller.roles()).containsExactly(Role.SECRETARY);
    }

    @Test
    void aTokenWithoutRealmRolesHasNone() {
        var authentication = new RealmRoles().convert(token(Map.of("sub", "x")));

        assertThat(authentication.getAuthorities()).isEmpty();
        assertThat(Callers.of(authentication).orElseThrow().roles()).isEmpty();
    }

    @Test
    void aSecretaryMayDoAClerksWorkButNotTheOtherWayRound() {
        Caller secretary = new Caller("s", "DUK-26", java.util.Set.of(Role.SECRETARY), "");
        Caller clerk = new Caller("c", "DUK-26", java.util.Set.of(Role.CLERK), "");

        assertThat(secretary.has(Role.CLERK)).isTrue();
        assertThat(secretary.has(Role.BRANCH_CLERK)).isTrue();
        assertThat(clerk.has(Role.SECRETARY)).isFalse();
        assertThat(clerk.has(Role.PROVINCE_ADMIN)).isFalse();
        assertThat(clerk.hasAny(Role.SECRETARY, Role.CLERK)).isTrue();
    }
}
