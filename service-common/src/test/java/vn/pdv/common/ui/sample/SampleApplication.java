package vn.pdv.common.ui.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The smallest service with pages: no store, only the web layer service-common sets up. No login either: it shows the
 * pages' parts, which each service puts behind its own chains ({@code vn.pdv.common.security.PdvSecurity}); forms still
 * carry the CSRF token the services' pages need.
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration"})
public class SampleApplication {

    @Bean
    SecurityFilterChain open(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
    }
}
