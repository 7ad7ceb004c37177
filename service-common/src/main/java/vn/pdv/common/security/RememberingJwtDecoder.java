package vn.pdv.common.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Decodes a bearer token once and answers it again from memory while it passes the same validator, so a client that
 * sends the same token with every request pays the parse and the RS256 verification once, not per request (an eighth
 * of the unit service's CPU per recorded step in a profile here). What is remembered was decoded and validated in
 * full; each later use runs the validator again (expiry, not-before, issuer, audience), so a remembered token stops
 * working when the full check would stop it. What memory does not see is a signing key the provider withdraws: a
 * token it signed keeps working until it expires (Keycloak's access tokens live five minutes). Tokens refused are
 * never remembered. Bounded: it forgets everything when {@code capacity} tokens are remembered.
 */
final class RememberingJwtDecoder implements JwtDecoder {

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final int capacity;
    private final ConcurrentMap<String, Jwt> decoded = new ConcurrentHashMap<>();

    /**
     * @param decoder   the full check: signature, then {@code validator}
     * @param validator the same validator {@code decoder} applies, run again on every remembered token
     */
    RememberingJwtDecoder(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, int capacity) {
        this.decoder = decoder;
        this.validator = validator;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) {
        Jwt remembered = decoded.get(token);
        if (remembered != null) {
            if (!validator.validate(remembered).hasErrors()) {
                return remembered;
            }
            decoded.remove(token);
        }
        Jwt jwt = decoder.decode(token);
        if (decoded.size() >= capacity) {
            decoded.clear();
        }
        decoded.put(token, jwt);
        return jwt;
    }
}
