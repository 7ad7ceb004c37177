package vn.pdv.unit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import vn.pdv.common.security.PdvSecurity;
import vn.pdv.common.security.ProblemResponses;

/**
 * The unit service's one security configuration: three chains built with {@link PdvSecurity}.
 *
 * <ol>
 *   <li>Actuator: liveness and readiness open to the orchestrator's probes (status only); everything else for the
 *   committee's own secretary ({@link CommitteeAccess#toManage}).</li>
 *   <li>API ({@code /api/**}, {@code /v3/api-docs/**}): a valid bearer token from the province's provider on every
 *   request; which role and which unit each handler needs is said at the handler with
 *   {@code @PreAuthorize("@committeeAccess…")}, answered by {@link CommitteeAccess} before the handler runs; the API
 *   description is for any account the service accepts ({@link CommitteeAccess#toRead}).</li>
 *   <li>Pages (everything else): login at the provider (authorization code with PKCE), a session on the server,
 *   logout at the provider too.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http, ProblemResponses problems, CommitteeAccess access) throws Exception {
        return PdvSecurity.actuator(http, problems, PdvSecurity.callers(access::toManage)).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, CommitteeAccess access) throws Exception {
        return PdvSecurity.api(http, problems, requests -> requests
                .requestMatchers("/v3/api-docs/**").access(PdvSecurity.callers(access::toRead))
                .anyRequest().authenticated()).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        return PdvSecurity.pages(http, registrations, requests -> requests.anyRequest().authenticated()).build();
    }
}
