package vn.pdv.aggregator.alert.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.alert.AlertSender;
import vn.pdv.aggregator.alert.Channel;
import vn.pdv.aggregator.alert.WebhookTargets;
import vn.pdv.aggregator.alert.application.AlertProperties;

/**
 * POSTs the alert as JSON ({@link WebhookPayload}) with header {@value #ALERT_ID_HEADER}, so that a receiver can drop
 * a repeat. Any 2xx is success; anything else, or no answer within {@code webhookTimeout}, is a failure that the
 * deliveries retry with back-off. Delivery runs on the scheduler's thread, never on the intake's. Before each call the
 * target is checked again against the deployment's {@link WebhookTargets} (what a name resolves to may have changed
 * since the contacts were set); a target it refuses is a failed delivery that says why, and nothing is sent.
 */
@Component
class WebhookAlertSender implements AlertSender {

    static final String ALERT_ID_HEADER = "X-PDV-Alert-Id";

    private final RestClient client;
    private final WebhookTargets targets;

    WebhookAlertSender(AlertProperties properties, WebhookTargets targets) {
        this.targets = targets;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.webhookTimeout()).followRedirects(HttpClient.Redirect.NEVER).build());
        requests.setReadTimeout(properties.webhookTimeout());
        this.client = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Alert alert, String url) {
        targets.check(URI.create(url)).ifPresent(refusal -> {
            throw new IllegalStateException(url + ": " + refusal.en());
        });
        try {
            client.post().uri(URI.create(url)).contentType(MediaType.APPLICATION_JSON)
                    .header(ALERT_ID_HEADER, alert.id().value())
                    .body(WebhookPayload.of(alert)).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw new IllegalStateException(url + ": " + e.getMessage(), e);
        }
    }
}
