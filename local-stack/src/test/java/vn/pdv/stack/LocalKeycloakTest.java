package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keycloak's life as part of a {@link LocalStack} with a data directory, as the demo runs it. */
class LocalKeycloakTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsItsDatabaseInTheDataDirectoryAcrossARestartAndLeavesNoProcessBehind() throws Exception {
        List<ProcessHandle> processes;
        try (LocalStack stack = keycloakOnly().start()) {
            processes = stack.keycloak().processes();
            assertThat(processes).as("kc.sh and the server's JVM").hasSizeGreaterThanOrEqualTo(2);
            assertThat(new Tokens(stack.keycloakIssuer()).accessToken("duk26.clerk")).isNotBlank();
            assertThat(dataDir.resolve("keycloak/h2/keycloakdb.mv.db")).isRegularFile();
            assertThat(stack.keycloak().logFile()).isEqualTo(dataDir.resolve("keycloak/keycloak.log"));
        }

        assertThat(processes).noneMatch(ProcessHandle::isAlive);

        try (LocalStack restarted = keycloakOnly().start()) {
            assertThat(new Tokens(restarted.keycloakIssuer()).accessToken("duk01.clerk")).isNotBlank();
            assertThat(Files.readString(restarted.keycloak().logFile()))
                    .as("the realm came from the database, not from a second import")
                    .contains("Realm 'pdv' already exists. Import skipped");
        }
    }

    @Test
    void refusesToStartOnATakenPortWithAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> LocalKeycloak.start(dataDir.resolve("taken"), taken.getLocalPort()))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " (Keycloak) is already in use");
        }
    }

    private LocalStack.Builder keycloakOnly() {
        return LocalStack.builder().dataDir(dataDir).withoutKafka().withoutSchemaRegistry().withoutMongo().withKeycloak(0);
    }
}
