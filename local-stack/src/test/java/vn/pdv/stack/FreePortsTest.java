package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreePortsTest {

    @Test
    void neverHandsOutTheSamePortTwice() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            ports.add(FreePorts.any());
        }

        assertThat(ports).hasSize(50);
    }

    @Test
    void acceptsAFreePort() {
        assertThatCode(() -> FreePorts.requireFree(FreePorts.any(), "Kafka")).doesNotThrowAnyException();
    }

    @Test
    void namesTheServiceAndThePortWhenTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> FreePorts.requireFree(taken.getLocalPort(), "Kafka"))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Cổng " + taken.getLocalPort() + " (Kafka) đang bị chiếm")
                    .hasMessageContaining("Port " + taken.getLocalPort() + " (Kafka) is already in use — is PDV already running?");
        }
    }

    @Test
    void refusesToStartKafkaOnATakenPort(@TempDir Path dataDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> LocalKafka.start(dataDir, taken.getLocalPort()))
                    .isInstanceOf(PortInUseException.class)
                    .extracting(e -> ((PortInUseException) e).service())
                    .isEqualTo("Kafka");
        }
    }
}
