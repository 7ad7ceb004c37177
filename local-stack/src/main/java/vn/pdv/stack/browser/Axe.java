package vn.pdv.stack.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, Deque's accessibility engine, run inside a {@link Browser}'s current page against WCAG 2.0, 2.1 A and AA
 * (the bar PDV's pages are held to). The script comes from the {@code org.webjars.npm:axe-core} webjar on the test
 * classpath and is injected into the page, so nothing is fetched from a CDN.
 *
 * <p>axe finds what a machine can (names, labels, contrast, landmarks, ARIA misuse); keyboard order, the sense of
 * words and what a screen reader says still need a person.
 */
public final class Axe {

    /** The WCAG levels checked. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SOURCE = load();

    /**
     * One rule a page breaks.
     *
     * @param impact  minor, moderate, serious or critical
     * @param targets CSS selectors of the elements that break it
     */
    public record Violation(String rule, String impact, String help, String helpUrl, List<String> targets) {

        public boolean seriousOrWorse() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + ": " + help + " " + targets + " (" + helpUrl + ")";
        }
    }

    private Axe() {
    }

    /** Every violation on the page as it is now. */
    public static List<Violation> check(Browser browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        page.executeScript("if (!window.axe) { " + SOURCE + "\n}");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                   .then(result => done(result.violations.map(v => ({
                        rule: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                        targets: v.nodes.map(n => n.target.join(' '))}))))
                   .catch(error => done([{ rule: 'axe-error', impact: 'critical', help: String(error),
                        helpUrl: '', targets: [] }]));""", TAGS);
        @SuppressWarnings("unchecked")
        List<Violation> violations = found.stream()
                .map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                        (String) v.get("helpUrl"), (List<String>) v.get("targets")))
                .toList();
        return violations;
    }

    /** Fails, listing them, if the page has any serious or critical violation; returns the lesser ones. */
    public static List<Violation> assertNoSeriousViolations(Browser browser) {
        List<Violation> all = check(browser);
        List<Violation> serious = all.stream().filter(Violation::seriousOrWorse).toList();
        if (!serious.isEmpty()) {
            throw new AssertionError("axe-core found " + serious.size() + " serious or critical violation(s) on "
                    + browser.currentUrl() + ":\n  " + serious.stream().map(Violation::toString)
                    .collect(Collectors.joining("\n  ")));
        }
        return all;
    }

    private static String load() {
        ClassLoader classes = Axe.class.getClassLoader();
        String version;
        try (InputStream pom = classes.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("axe-core is not on the classpath: add org.webjars.npm:axe-core "
                        + "(test scope) to the module");
            }
            Properties properties = new Properties();
            properties.load(pom);
            version = properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream script = classes.getResourceAsStream("META-INF/resources/webjars/axe-core/" + version
                + "/axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe.min.js missing from the axe-core " + version + " webjar");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
