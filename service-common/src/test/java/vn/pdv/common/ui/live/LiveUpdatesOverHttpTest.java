package vn.pdv.common.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.common.ui.sample.SampleApp;

/** The subscription for real: a server-sent-event stream over HTTP, as the browser's EventSource opens it. */
@SampleApp
class LiveUpdatesOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    LiveUpdates live;

    @Test
    void aChangeReachesThePageAtOnceABurstAfterItAsOneEventAndAClosedPageIsForgotten() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/live/HTTP-TEST"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/event-stream"));
        await().atMost(Duration.ofSeconds(20)).until(() -> live.subscribers("HTTP-TEST") == 1);

        List<String> received = new CopyOnWriteArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        received.add(line.substring("data:".length()));
                    }
                }
            } catch (IOException closed) {
                // the test closed the stream, as a browser leaving the page does
            }
        });

        live.publish("HTTP-TEST", "changed", "1");
        await().atMost(Duration.ofSeconds(20)).until(() -> received.equals(List.of("1")));
        for (int step = 2; step <= 20; step++) {
            live.publish("HTTP-TEST", "changed", String.valueOf(step));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 2);
        assertThat(received).containsExactly("1", "20");

        stream.body().close();
        await().atMost(Duration.ofSeconds(20)).until(() -> live.subscribers("HTTP-TEST") == 0);
        reader.join(Duration.ofSeconds(5));
    }
}
