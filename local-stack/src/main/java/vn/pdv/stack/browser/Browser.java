package vn.pdv.stack.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver, for tests that visit PDV's pages as
 * a person would. Each browser has a fresh profile (deleted on close) and a fixed size: {@link Size#LAPTOP}
 * (1366×768) or {@link Size#PHONE} (375×812, mobile emulation: touch, the page's viewport meta honoured). Waits are
 * on what a person waits for — a heading, a text, an element — with a deadline, never on time. Screenshots of the
 * whole page go to {@code target/screenshots/<name>.png}.
 *
 * <p>Chromium is {@code /usr/bin/chromium} and the driver {@code /usr/bin/chromedriver} unless the system
 * properties or environment variables {@code PDV_CHROMIUM} / {@code PDV_CHROMEDRIVER} say otherwise; nothing is
 * downloaded (Selenium Manager is never asked). The flags keep a closed network quiet: no background networking,
 * component updates, sync or first-run work. {@code .ci/run} installs {@code chromium chromium-driver
 * fonts-noto-core} when they are missing; Noto gives screenshots proper Vietnamese glyphs.
 *
 * <p>Tests write one page object per page over this class ({@code DashboardPage.drillInto(unit)}), so the test
 * reads like the visit and the selectors live in one place.
 */
public final class Browser implements AutoCloseable {

    /** The window a page is looked at in. */
    public enum Size {
        LAPTOP(1366, 768, false),
        PHONE(375, 812, true);

        private final int width;
        private final int height;
        private final boolean mobile;

        Size(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }
    }

    /** How long a person is expected to wait for a page's answer before the test fails. */
    public static final Duration PATIENCE = Duration.ofSeconds(15);

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final Size size;

    private Browser(Size size) {
        this.size = size;
        Path chromium = Path.of(setting("PDV_CHROMIUM", "/usr/bin/chromium"));
        Path chromedriver = Path.of(setting("PDV_CHROMEDRIVER", "/usr/bin/chromedriver"));
        for (Path needed : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException(needed + " is missing: install Debian's chromium, chromium-driver and "
                        + "fonts-noto-core (apt-get install -y chromium chromium-driver fonts-noto-core; .ci/run does), "
                        + "or point PDV_CHROMIUM / PDV_CHROMEDRIVER at them");
            }
        }
        try {
            this.profile = Files.createTempDirectory("pdv-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--lang=vi-VN", "--user-data-dir=" + profile);
        if (size.mobile) {
            options.setExperimentalOption("mobileEmulation", Map.of(
                    "deviceMetrics", Map.of("width", size.width, "height", size.height, "pixelRatio", 1.0, "touch", true),
                    "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                            + "Chrome/156.0 Mobile Safari/537.36"));
        } else {
            options.addArguments("--window-size=" + size.width + "," + size.height);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        this.driver = new ChromeDriver(service, options);
        // --window-size sizes the window, not what the page sees; the page should see exactly 1366×768 or 375×812.
        fit(size.width, size.height);
    }

    public static Browser laptop() {
        return new Browser(Size.LAPTOP);
    }

    public static Browser phone() {
        return new Browser(Size.PHONE);
    }

    public static Browser of(Size size) {
        return new Browser(size);
    }

    public Size size() {
        return size;
    }

    /** Opens an address and waits until the page has loaded. */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /**
     * Signs in at the identity provider when the page it is on asks for it (Keycloak's login form), as a person types
     * their account and password, and waits until the provider has sent the browser back; does nothing on any other
     * page.
     */
    public Browser logInIfAsked(String username, String password) {
        if (driver.findElements(By.id("kc-form-login")).isEmpty()) {
            return this;
        }
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        until(browser -> browser.findElements(By.id("kc-form-login")).isEmpty() ? Boolean.TRUE : null,
                "the way back from the login form");
        return this;
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The page's first-level heading, once there is one. */
    public String heading() {
        return waitFor(By.tagName("h1")).getText();
    }

    /** Waits for a heading (h1–h3) that contains {@code text}. */
    public WebElement waitForHeading(String text) {
        return until(driver -> driver.findElements(By.cssSelector("h1, h2, h3")).stream()
                .filter(heading -> heading.getText().contains(text)).findFirst().orElse(null),
                "a heading saying \"" + text + "\"");
    }

    /** Waits until {@code text} is shown anywhere on the page. */
    public void waitForText(String text) {
        until(driver -> driver.findElement(By.tagName("body")).getText().contains(text) ? Boolean.TRUE : null,
                "the text \"" + text + "\"");
    }

    /** Waits until {@code text} is shown in the element {@code where} selects, e.g. a figure that updates live. */
    public WebElement waitForText(By where, String text) {
        return until(driver -> driver.findElements(where).stream()
                .filter(element -> element.getText().contains(text)).findFirst().orElse(null),
                "\"" + text + "\" in " + where);
    }

    /** Waits for a visible element. */
    public WebElement waitFor(By what) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    public List<WebElement> all(By what) {
        return driver.findElements(what);
    }

    /**
     * Waits until {@code condition} gives something other than null or false. Elements replaced while it looks (an
     * htmx swap) count as not there yet, as they would for a person reading the page.
     */
    public <T> T until(Function<WebDriver, T> condition, String what) {
        return new WebDriverWait(driver, PATIENCE).withMessage("waiting for " + what)
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /**
     * Clicks an element after bringing it to the middle of the window, as a person scrolls to what they read before
     * clicking; a plain WebDriver click scrolls it to the edge, where a sticky banner may cover it.
     */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        element.click();
    }

    /** Clicks the visible element {@code what} selects, see {@link #click(WebElement)}. */
    public void click(By what) {
        click(waitFor(what));
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * Runs a script that answers by calling the function passed as its last argument, and returns that answer; it
     * must answer within WebDriver's script timeout (30 s).
     */
    public Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
    }

    /** Whether the page is wider than the window, i.e. the person must scroll sideways to read it. */
    public boolean scrollsSideways() {
        return (Boolean) script("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    /**
     * Saves the whole page (not only the window) as {@code target/screenshots/<name>.png}, relative to the module
     * the test runs in, and returns the file. The window is stretched to the page's height for the shot, so what is
     * sticky sits where it does when the page is at the top and charts are drawn at their size; then it is put back.
     */
    public Path screenshot(String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
        int height = Math.max(size.height, (int) Math.ceil(content.get("height").doubleValue()));
        try {
            fit(size.width, height);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            fit(size.width, size.height);
        }
    }

    /** Gives the page a viewport of exactly this size and waits until it has been laid out and painted at it. */
    private void fit(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", size.mobile));
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }

    /**
     * What the current page cost to load: every resource the browser fetched for it (the document, styles, scripts,
     * images, fonts, htmx requests so far), as the Resource Timing API counts them.
     */
    public PageWeight weight() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) script("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(e => ({url: e.name, transferred: e.transferSize, decoded: e.decodedBodySize}));""");
        return new PageWeight(entries.stream()
                .map(e -> new PageWeight.Resource((String) e.get("url"), ((Number) e.get("transferred")).longValue(),
                        ((Number) e.get("decoded")).longValue()))
                .toList());
    }

    /** Selenium's driver, for what this class does not say in a person's terms. */
    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a profile left in the temp directory is harmless
            }
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
