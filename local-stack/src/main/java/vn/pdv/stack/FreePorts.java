package vn.pdv.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds free loopback ports and checks that a fixed one is still free before a service binds it.
 *
 * <p>A port found free can be taken by another process before it is bound; ports already handed
 * out by this JVM are never handed out again, which keeps parallel starts in one JVM apart.
 */
public final class FreePorts {

    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    /** A port on 127.0.0.1 that nothing listens on now and that this JVM has not handed out before. */
    public static synchronized int any() {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (HANDED_OUT.add(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open a loopback socket to find a free port", e);
            }
        }
        throw new IllegalStateException("No free loopback port found in 100 attempts");
    }

    /**
     * Fails with a {@link PortInUseException} naming the service when {@code port} on 127.0.0.1 is taken.
     * Port 0 (let the service choose) is always accepted.
     */
    public static void requireFree(int port, String service) {
        if (port == 0) {
            return;
        }
        if (!isFree(port)) {
            throw new PortInUseException(port, service);
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Same option the services set, so a port left in TIME_WAIT by a previous run counts as free.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
