package vn.pdv.common.security;

import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The three filter chains each service builds, alike in both: the actuator (probes open, the rest for a role),
 * the API (bearer tokens, stateless, refusals as problem details) and the pages (login with the provider,
 * sessions on the server, logout at the provider too). Each service's one security configuration calls these
 * and adds its own request rules; which unit a caller may touch is decided by the service's access class, not here.
 */
public final class PdvSecurity {

    public static final String[] API = {"/api/**", "/v3/api-docs/**"};

    private PdvSecurity() {
    }

    /**
     * Liveness and readiness open for the orchestrator's probes (status only); the metrics for a
     * {@link Role#METRICS_READER}; everything else for {@code roles}.
     */
    public static HttpSecurity actuator(HttpSecurity http, ProblemResponses problems, Role... roles) {
        String[] authorities = java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
        return actuatorWith(http, problems, rest -> rest.hasAnyRole(authorities));
    }

    /**
     * Liveness and readiness open for the orchestrator's probes (status only); everything else as {@code others}
     * decides, e.g. {@link #callers} asking the service's access class whether the caller is its own secretary.
     */
    public static HttpSecurity actuator(HttpSecurity http, ProblemResponses problems,
            AuthorizationManager<RequestAuthorizationContext> others) {
        return actuatorWith(http, problems, rest -> rest.access(others));
    }

    private static HttpSecurity actuatorWith(HttpSecurity http, ProblemResponses problems,
            Function<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl,
                    AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rest) {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> rest.apply(requests
                        .requestMatchers(HttpMethod.GET, "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        // The monitoring's service account reads the metrics (counts and timings, no personal data)
                        // and nothing else; a province administrator may look too.
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                        .hasAnyRole(Role.METRICS_READER.name(), Role.PROVINCE_ADMIN.name())
                        .anyRequest()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new RealmRoles()))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    }

    /**
     * A request rule asked of the signed-in {@link Caller}: {@code allowed} answers true, false, or throws
     * {@link AccessRefused} naming what was missing (then answered as a 403 saying so); anyone not signed in is
     * denied, which the chain answers with 401.
     */
    public static AuthorizationManager<RequestAuthorizationContext> callers(Predicate<Caller> allowed) {
        return (authentication, context) -> new AuthorizationDecision(
                Callers.of(authentication.get()).map(allowed::test).orElse(false));
    }

    /** The API: a valid access token on every request, then {@code rules}. */
    public static HttpSecurity api(HttpSecurity http, ProblemResponses problems,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules) {
        return http.securityMatcher(API)
                .authorizeHttpRequests(rules)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens are not sent by the browser on its own, so there is no cross-site request to forge.
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new RealmRoles()))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    }

    /**
     * The pages: an anonymous visitor is sent to the provider's login; logout ends the provider's session too; a
     * refusal is a Vietnamese page saying what was missing ({@link Pages#forbidden()}).
     */
    public static HttpSecurity pages(HttpSecurity http, ClientRegistrationRepository registrations,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules) {
        OidcClientInitiatedLogoutSuccessHandler logoutAtProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logoutAtProvider.setPostLogoutRedirectUri("{baseUrl}/");
        return http
                .authorizeHttpRequests(rules)
                .oauth2Login(login -> login.loginPage("/oauth2/authorization/" + OidcConfiguration.REGISTRATION))
                .logout(logout -> logout.logoutSuccessHandler(logoutAtProvider))
                .exceptionHandling(errors -> errors.accessDeniedHandler(Pages.forbidden()));
    }
}
