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
import vn.pdv.aggregator.alert.application.AlertProperties;

/**
 * POSTs the alert as JSON ({@link WebhookPayload}) with header {@value #ALERT_ID_HEADER}, so that a receiver can drop
 * a repeat. Any 2xx is success; anything else, or no answer within {@code webhookTimeout}, is a failure that the
 * deliveries retry with back-off. Delivery runs on the scheduler's thread, never on the intake's.
 */
@Component
class WebhookAlertSender implements AlertSender {

    static final String ALERT_ID_HEADER = "X-PDV-Alert-Id";

    private final RestClient client;

    WebhookAlertSender(AlertProperties properties) {
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
        try {
            client.post().uri(URI.create(url)).contentType(MediaType.APPLICATION_JSON)
                    .header(ALERT_ID_HEADER, alert.id().value())
                    .body(WebhookPayload.of(alert)).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw new IllegalStateException(url + ": " + e.getMessage(), e);
        }
    }
}
