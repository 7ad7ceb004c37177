package vn.pdv.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

class RememberingJwtDecoderTest {

    private static final Instant ISSUED = Instant.parse("2026-12-06T08:00:00Z");

    /** The tokens the full check was asked to decode, in order. */
    private final List<String> decodedInFull = new ArrayList<>();
    private final Set<String> refused = new HashSet<>();
    private final JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofMinutes(1));
    private final RememberingJwtDecoder decoder = new RememberingJwtDecoder(token -> {
        decodedInFull.add(token);
        if (refused.contains(token)) {
            throw new BadJwtException("refused by the full check: " + token);
        }
        return jwt(token);
    }, JwtValidators.createDefaultWithValidators(timestamps, new JwtAudienceValidator("pdv")), 3);

    @Test
    void aTokenUsedAgainIsAnsweredFromMemoryWhileItIsValid() {
        at(ISSUED.plusSeconds(10));

        Jwt first = decoder.decode("a");
        Jwt again = decoder.decode("a");
        at(ISSUED.plus(Duration.ofMinutes(5)));
        Jwt atExpiry = decoder.decode("a");

        assertThat(again).isSameAs(first);
        assertThat(atExpiry).isSameAs(first);
        assertThat(decodedInFull).containsExactly("a");
    }

    @Test
    void aRememberedTokenPastItsExpiryIsCheckedInFullAgainAndRefusedAsTheFullCheckRefusesIt() {
        at(ISSUED.plusSeconds(10));
        decoder.decode("a");
        refused.add("a");

        at(ISSUED.plus(Duration.ofMinutes(5)).plus(Duration.ofMinutes(1)).plusSeconds(1));

        assertThatThrownBy(() -> decoder.decode("a")).isInstanceOf(BadJwtException.class);
        assertThat(decodedInFull).containsExactly("a", "a");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        at(ISSUED.plusSeconds(10));
        refused.add("forged");

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(decodedInFull).containsExactly("forged", "forged");
    }

    @Test
    void itForgetsEverythingOnceFull() {
        at(ISSUED.plusSeconds(10));
        for (String token : List.of("a", "b", "c", "d", "a")) {
            decoder.decode(token);
        }

        assertThat(decodedInFull).containsExactly("a", "b", "c", "d", "a");
    }

    private void at(Instant now) {
        timestamps.setClock(Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Jwt jwt(String token) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("clerk").audience(List.of("pdv"))
                .issuedAt(ISSUED).expiresAt(ISSUED.plus(Duration.ofMinutes(5))).build();
    }
}
