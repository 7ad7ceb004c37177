package vn.pdv.aggregator.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import vn.pdv.common.security.PdvSecurity;
import vn.pdv.common.security.ProblemResponses;
import vn.pdv.common.security.Role;

/**
 * The aggregator's one security configuration: three chains built with {@link PdvSecurity}.
 *
 * <ol>
 *   <li>Actuator: liveness and readiness open to the orchestrator's probes (status only); everything else for a
 *   province administrator.</li>
 *   <li>API ({@code /api/**}, {@code /v3/api-docs/**}): a valid bearer token from the province's provider on every
 *   request; which role and which unit on which day each handler needs is said at the handler with
 *   {@code @PreAuthorize("@provinceAccess…")}, answered by {@link ProvinceAccess} before the handler runs; the API
 *   description is for any account with a PDV role.</li>
 *   <li>Pages (everything else): login at the provider (authorization code with PKCE), a session on the server,
 *   logout at the provider too.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http, ProblemResponses problems) throws Exception {
        return PdvSecurity.actuator(http, problems, Role.PROVINCE_ADMIN).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, ProvinceAccess access) throws Exception {
        return PdvSecurity.api(http, problems, requests -> requests
                .requestMatchers("/v3/api-docs/**").access(PdvSecurity.callers(access::toList))
                .anyRequest().authenticated()).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        return PdvSecurity.pages(http, registrations, requests -> requests.anyRequest().authenticated()).build();
    }
}
