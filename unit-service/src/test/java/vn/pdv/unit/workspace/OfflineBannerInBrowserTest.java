package vn.pdv.unit.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.pdv.unit.Fixtures.aSource;
import static vn.pdv.unit.Fixtures.registeredCommitteeAndBranch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import vn.pdv.stack.FreePorts;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.LocalKafka;
import vn.pdv.stack.TestStackInitializer;
import vn.pdv.stack.Tokens;
import vn.pdv.stack.browser.Axe;
import vn.pdv.stack.browser.Browser;
import vn.pdv.unit.UnitServiceApplication;

/**
 * The link to the province goes down and comes back while a clerk works: the service here has a broker of its own
 * (the shared test broker cannot be stopped without stopping every other test's), which the test stops and starts
 * again on the same port and log. While it is down the page says so and a new source is still recorded; once it is
 * back the open page's sync line, refreshed by htmx, says everything was sent. Its own Spring context, because of
 * its own broker, closed when the class is done and before that broker stops: left open, its Kafka clients called on
 * the stopped broker for the rest of the run and waited on it at JVM exit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + UnitServiceApplication.CONFIG_NAME, "pdv.committee.code=DUK-01",
        // A send fails within seconds while the broker is down, so the page can say so soon.
        "spring.kafka.producer.properties.max.block.ms=3000",
        "spring.kafka.producer.properties.request.timeout.ms=2000",
        "spring.kafka.producer.properties.delivery.timeout.ms=4000",
        "pdv.relay.max-backoff=2s"})
@ContextConfiguration(initializers = {TestStackInitializer.class, OfflineBannerInBrowserTest.OwnBroker.class})
@DirtiesContext
class OfflineBannerInBrowserTest {

    private static LocalKafka broker;
    private static Path brokerLog;
    private static int brokerPort;

    @LocalServerPort
    int port;

    /**
     * Starts the broker this context alone uses and points the service at it; stops it once the context's beans are
     * gone (registered before any of them, it is destroyed after all of them).
     */
    static final class OwnBroker implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                brokerLog = Files.createTempDirectory("pdv-offline-kafka-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            brokerPort = FreePorts.any();
            broker = LocalKafka.start(brokerLog, brokerPort);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("offline-test-broker",
                    Map.of("spring.kafka.bootstrap-servers", broker.bootstrapServers())));
            ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("offline-test-broker",
                    () -> {
                        if (broker != null) {
                            broker.close();
                            broker = null;
                        }
                    });
        }
    }

    @Test
    void theBannerSaysTheLinkIsDownWhileWorkGoesOnAndClearsWhenItIsBack() {
        JsonApi secretary = registeredCommitteeAndBranch(port);
        try (Browser laptop = Browser.laptop()) {
            laptop.open("http://127.0.0.1:" + port + "/").logInIfAsked("duk01.clerk", Tokens.DEMO_PASSWORD);
            laptop.waitForText(By.id("sync"), "còn 0 sự kiện chờ gửi");
            assertThat(laptop.waitFor(By.id("sync")).getText()).contains("Đã gửi lên tỉnh lúc");

            broker.close();
            broker = null;
            assertThat(secretary.post("/api/sources", aSource("DUK-01-KN")).status())
                    .as("work goes on while the link is down").isEqualTo(201);
            long stopped = System.nanoTime();
            syncLineSays(laptop, "Chưa kết nối được với tỉnh");
            System.out.printf("The offline banner showed %d ms after the broker stopped%n",
                    (System.nanoTime() - stopped) / 1_000_000);
            assertThat(laptop.waitFor(By.id("sync")).getText()).contains("còn 1 sự kiện chờ gửi",
                    "Mọi việc vẫn ghi nhận bình thường");
            assertThat(laptop.waitFor(By.cssSelector("#sync .pdv-banner")).getAttribute("class"))
                    .contains("pdv-banner--offline");
            laptop.screenshot("workspace-offline");
            Axe.assertNoSeriousViolations(laptop);

            laptop.open("http://127.0.0.1:" + port + "/candidates");
            assertThat(laptop.waitFor(By.id("candidates")).getText()).as("the pages still read").contains("Nguyễn Thị Lan");
            laptop.open("http://127.0.0.1:" + port + "/");
            syncLineSays(laptop, "Chưa kết nối được với tỉnh");

            broker = LocalKafka.start(brokerLog, brokerPort);
            await().atMost(Duration.ofSeconds(60)).until(() -> ((Number) secretary.get("/api/outbox")
                    .read("$.backlog")).longValue() == 0);
            laptop.script("window.pdvSameVisit = true;");
            syncLineSays(laptop, "còn 0 sự kiện chờ gửi");
            assertThat(laptop.waitFor(By.id("sync")).getText()).contains("Đã gửi lên tỉnh lúc");
            assertThat(laptop.script("return window.pdvSameVisit === true")).as("the open page, not reloaded")
                    .isEqualTo(true);
            laptop.screenshot("workspace-back-online");
        }
    }

    /** The sync line is fetched again every ten seconds and a failed send takes a few: longer than a click's patience. */
    private static void syncLineSays(Browser browser, String words) {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> browser.waitFor(By.id("sync")).getText().contains(words));
    }
}
