package vn.pdv.aggregator.alert.application;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.pdv.aggregator.alert.WebhookTargets;

/**
 * Where this deployment lets alerts be POSTed ({@link WebhookTargets}), under {@code pdv.alerts.webhook}.
 *
 * @param allowedHosts          host names that may receive webhooks, exact or {@code *.tinh.vn}
 *                              ({@code PDV_WEBHOOK_ALLOWED_HOSTS}, comma-separated); none by default
 * @param allowPrivateAddresses let webhooks reach loopback, link-local and private addresses, and plain http
 *                              ({@code PDV_WEBHOOK_ALLOW_PRIVATE_ADDRESSES}); only for tests and the demo
 */
@ConfigurationProperties("pdv.alerts.webhook")
public record WebhookProperties(@DefaultValue List<String> allowedHosts,
                                @DefaultValue("false") boolean allowPrivateAddresses) {
}
