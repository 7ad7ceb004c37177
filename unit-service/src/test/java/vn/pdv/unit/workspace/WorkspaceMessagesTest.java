package vn.pdv.unit.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every word of the workspace exists in Vietnamese and in English: no page falls back to the other language. */
class WorkspaceMessagesTest {

    @Test
    void theVietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).isEqualTo(bundle("vi").stringPropertyNames());
    }

    private static Properties bundle(String language) throws IOException {
        Properties words = new Properties();
        try (var in = WorkspaceMessagesTest.class.getResourceAsStream("/messages/workspace_" + language + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }
}
