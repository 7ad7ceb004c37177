package vn.pdv.aggregator.alert;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where this deployment lets alerts be POSTed. A webhook carries a unit's figures out of the province's network, so it
 * must be {@code https}, its host must be on the deployment's allow-list (an exact name, or {@code *.tinh.vn} for any
 * name beneath), and it must not lead back inside: a loopback, link-local, private (site-local, unique-local) or
 * unspecified address is refused, whether written in the URL or what the name resolves to. A deployment that means to
 * post inside its own network (the tests and the demo) allows private addresses, and with them plain {@code http}.
 *
 * <p>Checked when contacts are set and again before every delivery, since what a name resolves to can change. Known
 * limits: a name that cannot be resolved when contacts are set passes (the delivery checks it again); between the
 * delivery's check and its connection a name could be made to resolve elsewhere, which the allow-list bounds.
 */
public final class WebhookTargets {

    /** Looks a host name up: every address it has; throws when it has none. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> addresses(String host) throws UnknownHostException;
    }

    /** Why a URL may not be a webhook target here, by a stable rule, in Vietnamese and English. */
    public record Refusal(String rule, String vi, String en) {
    }

    private final List<String> allowedHosts;
    private final boolean allowPrivateAddresses;
    private final Resolver resolver;

    public WebhookTargets(List<String> allowedHosts, boolean allowPrivateAddresses, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(String::strip).filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT)).toList();
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.resolver = resolver;
    }

    /** Empty when {@code url} may receive alerts; else why not. */
    public Optional<Refusal> check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowPrivateAddresses)) {
            return Optional.of(new Refusal("webhook-not-https",
                    "Webhook " + url + " phải dùng https:// để số liệu được mã hóa trên đường truyền.",
                    "Webhook " + url + " must use https://, so that the figures travel encrypted."));
        }
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (!allowed(host)) {
            return Optional.of(new Refusal("webhook-host-not-allowed", allowedHosts.isEmpty()
                    ? "Hệ thống này chưa cho phép máy chủ webhook nào; quản trị cần khai báo PDV_WEBHOOK_ALLOWED_HOSTS."
                    : "Máy chủ " + host + " không nằm trong danh sách được phép nhận webhook (" + String.join(", ", allowedHosts) + ").",
                    allowedHosts.isEmpty()
                            ? "This deployment allows no webhook host yet; an administrator sets PDV_WEBHOOK_ALLOWED_HOSTS."
                            : "Host " + host + " is not on the webhook allow-list (" + String.join(", ", allowedHosts) + ")."));
        }
        if (allowPrivateAddresses) {
            return Optional.empty();
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.addresses(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException unresolved) {
            return Optional.empty();
        }
        return addresses.stream().filter(WebhookTargets::inside).findFirst().map(address -> new Refusal(
                "webhook-private-address",
                "Webhook " + url + " dẫn tới địa chỉ nội bộ " + address.getHostAddress() + " (loopback, link-local hoặc mạng riêng); không được phép.",
                "Webhook " + url + " leads to the internal address " + address.getHostAddress()
                        + " (loopback, link-local or private network), which is not allowed."));
    }

    private boolean allowed(String host) {
        for (String entry : allowedHosts) {
            if (entry.startsWith("*.") ? host.endsWith(entry.substring(1)) : host.equals(entry)) {
                return true;
            }
        }
        return false;
    }

    /** Loopback, link-local, private (IPv4 site-local, IPv6 unique-local fc00::/7), unspecified, or IPv4 shared (100.64/10). */
    private static boolean inside(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xFE) == 0xFC;
        }
        return (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64;
    }
}
