package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void killEndsAProcessThatIgnoresTheRequestToStop() throws Exception {
        // SIGTERM ignored, as a JVM stuck in a long collection might as well be: only SIGKILL ends it.
        try (ChildProcess stubborn = ChildProcess.start("a stubborn process",
                List.of("sh", "-c", "trap '' TERM; echo started; exec sleep 600"), environment -> { }, dir,
                dir.resolve("stubborn.log"))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> stubborn.tail().contains("started"));

            stubborn.kill();

            assertThat(stubborn.isAlive()).isFalse();
            assertThat(ProcessHandle.of(stubborn.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        }
    }
}
