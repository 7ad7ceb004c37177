package vn.pdv.aggregator.alert.application;

import java.net.InetAddress;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.pdv.aggregator.alert.WebhookTargets;

/** The deployment's webhook policy, for the contact book (when contacts are set) and the sender (before each call). */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    WebhookTargets webhookTargets(WebhookProperties properties) {
        return new WebhookTargets(properties.allowedHosts(), properties.allowPrivateAddresses(),
                host -> List.of(InetAddress.getAllByName(host)));
    }
}
