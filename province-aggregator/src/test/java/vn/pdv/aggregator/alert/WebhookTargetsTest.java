package vn.pdv.aggregator.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The deployment's webhook rules, with names resolved by a table instead of DNS: https only, hosts on the allow-list
 * (exact or {@code *.} beneath a domain), never an address inside the network, written or resolved; a deployment that
 * allows private addresses (tests, the demo) may also use plain http.
 */
class WebhookTargetsTest {

    static final Map<String, String> DNS = Map.of(
            "hooks.tinh.vn", "203.113.10.20",
            "canh-bao.so-y-te.tinh.vn", "203.113.10.21",
            "noi-bo.tinh.vn", "10.20.30.40",
            "localhost", "127.0.0.1");

    final WebhookTargets production = new WebhookTargets(List.of("hooks.tinh.vn", " *.so-y-te.tinh.vn ", "noi-bo.tinh.vn",
            "localhost", "127.0.0.1", "169.254.169.254", "[fd00::1]", "192.168.1.5"), false, WebhookTargetsTest::resolve);

    @Test
    void takesAnHttpsUrlOfAnAllowedHostThatLeadsOutside() {
        assertThat(production.check(URI.create("https://hooks.tinh.vn/pdv"))).isEmpty();
        assertThat(production.check(URI.create("https://canh-bao.so-y-te.tinh.vn/pdv?unit=DUK"))).isEmpty();
    }

    @Test
    void refusesPlainHttp() {
        assertThat(rule(production.check(URI.create("http://hooks.tinh.vn/pdv")))).isEqualTo("webhook-not-https");
    }

    @Test
    void refusesAHostOffTheAllowList() {
        assertThat(rule(production.check(URI.create("https://attacker.example/collect"))))
                .isEqualTo("webhook-host-not-allowed");
        assertThat(rule(production.check(URI.create("https://so-y-te.tinh.vn.attacker.example/x"))))
                .isEqualTo("webhook-host-not-allowed");
    }

    @Test
    void refusesLoopbackLinkLocalAndPrivateAddressesWrittenOrResolvedEvenWhenTheHostIsListed() {
        for (String url : List.of("https://localhost/x", "https://127.0.0.1/x", "https://169.254.169.254/latest",
                "https://[fd00::1]/x", "https://192.168.1.5/x", "https://noi-bo.tinh.vn/x")) {
            assertThat(rule(production.check(URI.create(url)))).as(url).isEqualTo("webhook-private-address");
        }
    }

    @Test
    void saysWhatWasWrongInVietnameseAndEnglish() {
        WebhookTargets.Refusal refusal = production.check(URI.create("https://noi-bo.tinh.vn/x")).orElseThrow();

        assertThat(refusal.vi()).contains("10.20.30.40", "nội bộ");
        assertThat(refusal.en()).contains("10.20.30.40", "internal");
    }

    @Test
    void withNoHostAllowedRefusesEveryWebhookNamingTheSettingToSet() {
        WebhookTargets none = new WebhookTargets(List.of(), false, WebhookTargetsTest::resolve);

        WebhookTargets.Refusal refusal = none.check(URI.create("https://hooks.tinh.vn/pdv")).orElseThrow();

        assertThat(refusal.rule()).isEqualTo("webhook-host-not-allowed");
        assertThat(refusal.vi()).contains("PDV_WEBHOOK_ALLOWED_HOSTS");
        assertThat(refusal.en()).contains("PDV_WEBHOOK_ALLOWED_HOSTS");
    }

    @Test
    void aDeploymentThatAllowsPrivateAddressesMayPostInsideAndOverHttp() {
        WebhookTargets inside = new WebhookTargets(List.of("127.0.0.1"), true, WebhookTargetsTest::resolve);

        assertThat(inside.check(URI.create("http://127.0.0.1:8099/hook/a"))).isEmpty();
        assertThat(rule(inside.check(URI.create("http://hooks.tinh.vn/pdv")))).isEqualTo("webhook-host-not-allowed");
        assertThat(rule(inside.check(URI.create("ftp://127.0.0.1/x")))).isEqualTo("webhook-not-https");
    }

    @Test
    void letsANameNoOneCanResolveYetPassItIsCheckedAgainBeforeEachDelivery() {
        WebhookTargets targets = new WebhookTargets(List.of("chua-co.tinh.vn"), false, WebhookTargetsTest::resolve);

        assertThat(targets.check(URI.create("https://chua-co.tinh.vn/x"))).isEmpty();
    }

    private static String rule(Optional<WebhookTargets.Refusal> refusal) {
        return refusal.map(WebhookTargets.Refusal::rule).orElse("accepted");
    }

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return List.of(InetAddress.getByName(host));
        }
        String address = DNS.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress()));
    }
}
