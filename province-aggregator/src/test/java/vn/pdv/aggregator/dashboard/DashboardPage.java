package vn.pdv.aggregator.dashboard;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.stack.Tokens;
import vn.pdv.stack.browser.Browser;

/** A unit's page as an officer uses it: read the figures, drill into a unit beneath, go back up, pick a period. */
final class DashboardPage {

    private final Browser browser;

    private DashboardPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page as the province administrator, signing in at Keycloak first when the browser is not yet. */
    static DashboardPage open(Browser browser, String address) {
        browser.open(address).logInIfAsked(AggregatorTest.PROVINCE_ADMIN, Tokens.DEMO_PASSWORD);
        browser.waitFor(By.cssSelector("#figures .pdv-card"));
        return new DashboardPage(browser);
    }

    String heading() {
        return browser.heading();
    }

    /** A headline figure by its label, as the reader sees it (a no-break space read as a space). */
    String figure(String label) {
        return browser.until(driver -> driver.findElements(By.cssSelector("#figures .pdv-card")).stream()
                .filter(card -> card.findElement(By.tagName("dt")).getText().equals(label))
                .map(card -> card.findElement(By.cssSelector(".pdv-card__value")).getText().replace('\u00a0', ' '))
                .findFirst().orElse(null), "the figure " + label);
    }

    /** Waits until the figure reads {@code value}, the page left as it is. */
    void waitForFigure(String label, String value) {
        browser.until(driver -> value.equals(figure(label)) ? Boolean.TRUE : null, label + " to read " + value);
    }

    /** The status tag and the sentence saying why. */
    String reason() {
        return browser.waitFor(By.id("reason")).getText().replace('\u00a0', ' ');
    }

    String lead() {
        return browser.waitFor(By.cssSelector(".pdv-lead")).getText();
    }

    String freshness() {
        return browser.waitFor(By.cssSelector(".pdv-freshness")).getText();
    }

    /** The children's names, top to bottom. */
    List<String> units() {
        return browser.all(By.cssSelector("#children tbody td:first-child")).stream().map(WebElement::getText).toList();
    }

    /** The cell texts of one child's row. */
    List<String> row(String unitCode) {
        return browser.all(By.cssSelector("#children tr[data-unit='" + unitCode + "'] td")).stream()
                .map(cell -> cell.getText().replace('\u00a0', ' ')).toList();
    }

    /** A breakdown row by its counter: attribute, quota, admitted, share of those admitted. */
    List<String> breakdown(String counter) {
        var row = browser.waitFor(By.cssSelector("#breakdown tr[data-counter='" + counter + "']"));
        List<String> cells = new java.util.ArrayList<>(List.of(row.findElement(By.tagName("th")).getText()));
        row.findElements(By.tagName("td")).stream().limit(3).map(cell -> cell.getText().replace('\u00a0', ' '))
                .forEach(cells::add);
        return cells;
    }

    /** A row of the people admitted by age, education or occupation: its name, the people, their share. */
    List<String> category(String counter) {
        var row = browser.waitFor(By.cssSelector("#categories tr[data-counter='" + counter + "']"));
        List<String> cells = new java.util.ArrayList<>(List.of(row.findElement(By.tagName("th")).getText()));
        row.findElements(By.tagName("td")).stream().map(cell -> cell.getText().replace('\u00a0', ' '))
                .forEach(cells::add);
        return cells;
    }

    /** The sentence above that table: average age at admission, organisations that admitted and had sources. */
    String categoryFacts() {
        return browser.waitFor(By.id("categories-facts")).getText();
    }

    /** A row of the sources by introducing organisation: its name, the quota's part, the sources created. */
    List<String> sourcesBy(String counter) {
        var row = browser.waitFor(By.cssSelector("#sources-by tr[data-counter='" + counter + "']"));
        List<String> cells = new java.util.ArrayList<>(List.of(row.findElement(By.tagName("th")).getText()));
        row.findElements(By.tagName("td")).stream().map(cell -> cell.getText().replace('\u00a0', ' '))
                .forEach(cells::add);
        return cells;
    }

    /** How many stand at a step of the pipeline. */
    String stock(String stage) {
        return browser.all(By.cssSelector("#pipeline tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("th")).getText().equals(stage))
                .map(row -> row.findElement(By.tagName("td")).getText()).findFirst().orElseThrow();
    }

    List<String> breadcrumbs() {
        return browser.all(By.cssSelector(".pdv-breadcrumbs li")).stream().map(WebElement::getText).toList();
    }

    List<String> downloads() {
        return browser.all(By.cssSelector(".pdv-downloads a")).stream().map(link -> link.getAttribute("href")).toList();
    }

    DashboardPage drillInto(String unit) {
        browser.click(By.linkText(unit));
        browser.waitForHeading(unit);
        browser.waitFor(By.cssSelector("#figures .pdv-card"));
        return this;
    }

    /** Follows the breadcrumb of a unit above. */
    DashboardPage backTo(String unit) {
        browser.click(browser.waitFor(By.cssSelector(".pdv-breadcrumbs")).findElement(By.linkText(unit)));
        browser.waitForHeading(unit);
        browser.waitFor(By.cssSelector("#figures .pdv-card"));
        return this;
    }

    DashboardPage sortBy(String heading) {
        String before = browser.currentUrl();
        browser.click(By.linkText(heading));
        browser.until(driver -> !driver.getCurrentUrl().equals(before) ? Boolean.TRUE : null,
                "the table sorted by " + heading);
        browser.waitFor(By.cssSelector("#children"));
        return this;
    }

    /** Picks a period from the list and types the day, as the form asks, and shows the page for them. */
    DashboardPage show(String period, String day) {
        WebElement select = browser.waitFor(By.id("period"));
        new org.openqa.selenium.support.ui.Select(select).selectByVisibleText(period);
        WebElement on = browser.waitFor(By.id("on"));
        on.clear();
        on.sendKeys(day);
        String before = browser.currentUrl();
        browser.click(By.cssSelector("form.pdv-filter button"));
        browser.until(driver -> !driver.getCurrentUrl().equals(before) ? Boolean.TRUE : null, "the page for " + period);
        browser.waitFor(By.cssSelector("#figures .pdv-card"));
        return this;
    }

    boolean chartDrawn() {
        return (Boolean) browser.script("""
                const canvas = document.querySelector('canvas[data-chart]');
                return !!(window.Chart && canvas && Chart.getChart(canvas));""");
    }

    /** The last figure the chart draws for the admitted line. */
    Number chartedActual() {
        return (Number) browser.script("""
                const chart = Chart.getChart(document.querySelector('canvas[data-chart]'));
                const actual = chart.data.datasets[0].data.filter(v => v !== null);
                return actual[actual.length - 1];""");
    }
}
