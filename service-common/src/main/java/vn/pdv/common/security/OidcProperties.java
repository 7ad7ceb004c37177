package vn.pdv.common.security;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The province's OpenID Connect provider, which both services trust.
 *
 * @param issuerUri the issuer (realm) URL, e.g. {@code https://login.tinh.vn/realms/pdv}; tokens from any other
 *                  issuer are refused ({@code PDV_OIDC_ISSUER_URI})
 * @param clientId  the confidential client the web pages log in through ({@code PDV_OIDC_CLIENT_ID})
 * @param clientSecret its secret ({@code PDV_OIDC_CLIENT_SECRET}); only the pages need it, the API does not
 * @param audience  what an access token's {@code aud} must contain to be accepted by the API
 * @param clockSkew how far past its expiry a token is still accepted, for clocks that disagree a little
 *                  ({@code PDV_OIDC_CLOCK_SKEW}; a minute, the usual)
 */
@ConfigurationProperties("pdv.oidc")
public record OidcProperties(
        @DefaultValue("http://127.0.0.1:8090/realms/pdv") URI issuerUri,
        @DefaultValue("pdv-web") String clientId,
        @DefaultValue("pdv-web-demo-secret") String clientSecret,
        @DefaultValue("pdv") String audience,
        @DefaultValue("PT1M") Duration clockSkew) {
}
