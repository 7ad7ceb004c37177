package vn.pdv.common.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Trust in the province's OIDC provider, shared by both services: tokens are checked for signature (the issuer's
 * published keys), expiry, issuer and audience; the pages log in through the authorization-code flow with PKCE.
 * The provider is asked for its configuration on first use, not at start, so a service starts (and records
 * steps) while the provider is still starting or unreachable.
 */
@AutoConfiguration
@EnableConfigurationProperties(OidcProperties.class)
public class OidcConfiguration {

    /** The registration id of the pages' login, in {@code /oauth2/authorization/pdv}. */
    public static final String REGISTRATION = "pdv";

    /**
     * How many decoded tokens {@link RememberingJwtDecoder} keeps (a few MB): more than a committee or the province has
     * people signed in at once.
     */
    private static final int REMEMBERED_TOKENS = 1_000;

    /**
     * Expiry is judged on real time, not on the service's clock, which tests move days ahead to see what the service
     * does then; {@code clockSkew} is how far the provider's clock and this one may disagree.
     */
    @Bean
    JwtDecoder jwtDecoder(OidcProperties oidc) {
        String issuer = oidc.issuerUri().toString();
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithValidators(
                new JwtTimestampValidator(oidc.clockSkew()), new JwtIssuerValidator(issuer),
                new JwtAudienceValidator(oidc.audience()));
        return new RememberingJwtDecoder(new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
            decoder.setJwtValidator(validator);
            return decoder;
        }), validator, REMEMBERED_TOKENS);
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(OidcProperties oidc) {
        return new SupplierClientRegistrationRepository(() -> new InMemoryClientRegistrationRepository(
                ClientRegistrations.fromIssuerLocation(oidc.issuerUri().toString())
                        .registrationId(REGISTRATION)
                        .clientId(oidc.clientId())
                        .clientSecret(oidc.clientSecret())
                        .scope("openid", "profile", "email")
                        .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                        .build()));
    }

    /**
     * A signed-in page user's roles come from the access token the login obtained (where the realm puts them),
     * read through the same checks as the API's; the unit code and name come from the ID token.
     */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(JwtDecoder tokens) {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            Jwt access = tokens.decode(request.getAccessToken().getTokenValue());
            List<GrantedAuthority> authorities = new java.util.ArrayList<>(RealmRoles.authorities(access.getClaims()));
            authorities.add(new SimpleGrantedAuthority("OIDC_USER"));
            return new DefaultOidcUser(Set.copyOf(authorities), user.getIdToken(), user.getUserInfo());
        };
    }

    /** The same coverage as {@link Role#covers} for {@code hasRole(...)} rules. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_SECRETARY > ROLE_CLERK
                ROLE_CLERK > ROLE_BRANCH_CLERK
                """);
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    /** Lets a handler take the {@link Caller} as a parameter: {@code list(Caller caller, …)}. */
    @Bean
    WebMvcConfigurer callerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new HandlerMethodArgumentResolver() {
                    @Override
                    public boolean supportsParameter(MethodParameter parameter) {
                        return parameter.getParameterType() == Caller.class;
                    }

                    @Override
                    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                            NativeWebRequest request, WebDataBinderFactory binders) {
                        return Callers.current().orElseThrow(
                                () -> new AuthenticationCredentialsNotFoundException("No caller signed in"));
                    }
                });
            }
        };
    }
}
