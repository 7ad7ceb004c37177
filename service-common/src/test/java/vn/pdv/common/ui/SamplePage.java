package vn.pdv.common.ui;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.pdv.stack.browser.Browser;

/** The sample page as its visitor uses it: read the figures, sort the table, switch language, submit the vote. */
final class SamplePage {

    private final Browser browser;

    private SamplePage(Browser browser) {
        this.browser = browser;
    }

    static SamplePage open(Browser browser, String address) {
        browser.open(address);
        browser.waitFor(By.tagName("h1"));
        return new SamplePage(browser);
    }

    String heading() {
        return browser.heading();
    }

    /** The words of the status tags in the children table, top to bottom. */
    List<String> statuses() {
        return browser.all(By.cssSelector("#children .pdv-tag")).stream().map(WebElement::getText).toList();
    }

    /** The children's names, top to bottom. */
    List<String> units() {
        return browser.all(By.cssSelector("#children tbody td:first-child")).stream().map(WebElement::getText).toList();
    }

    /** The cell texts of one child's row. */
    List<String> row(String unitCode) {
        return browser.all(By.cssSelector("#children tr[data-unit='" + unitCode + "'] td")).stream()
                .map(WebElement::getText).toList();
    }

    String figure(String label) {
        return browser.until(driver -> driver.findElements(By.cssSelector(".pdv-card")).stream()
                .filter(figure -> figure.findElement(By.tagName("dt")).getText().equals(label))
                .map(figure -> figure.findElement(By.cssSelector(".pdv-card__value")).getText())
                .findFirst().orElse(null), "the figure " + label);
    }

    /** Waits until the figure shows {@code value}, without the page being reloaded. */
    void waitForFigure(String label, String value) {
        browser.until(driver -> value.equals(figure(label)) ? Boolean.TRUE : null, label + " to read " + value);
    }

    SamplePage sortBy(String heading) {
        String before = browser.currentUrl();
        browser.click(By.linkText(heading));
        browser.until(driver -> !driver.getCurrentUrl().equals(before) && !"none".equals(ariaSort(heading))
                ? Boolean.TRUE : null, "the table sorted by " + heading);
        return this;
    }

    String ariaSort(String heading) {
        return browser.all(By.cssSelector("#children thead th")).stream()
                .filter(th -> th.getText().contains(heading)).findFirst().orElseThrow().getAttribute("aria-sort");
    }

    SamplePage switchTo(String language) {
        browser.click(By.linkText(language));
        browser.until(driver -> driver.findElements(By.cssSelector(".pdv-lang [aria-current]")).stream()
                .anyMatch(current -> current.getText().equals(language)) ? Boolean.TRUE : null, language + " chosen");
        return this;
    }

    SamplePage vote(String officialMembers, String present, String inFavour, String votedOn) {
        type("officialMembers", officialMembers);
        type("present", present);
        type("inFavour", inFavour);
        type("votedOn", votedOn);
        browser.click(By.cssSelector("form[aria-labelledby='vote-heading'] button"));
        browser.waitFor(By.cssSelector(".pdv-error-summary"));
        return this;
    }

    /** The error summary's entries: the text of each link and the field id it leads to. */
    List<SummaryLink> errorSummary() {
        return browser.all(By.cssSelector(".pdv-error-summary__list a")).stream()
                .map(link -> new SummaryLink(link.getText(), link.getAttribute("href").replaceAll(".*#", "")))
                .toList();
    }

    record SummaryLink(String text, String field) {
    }

    /** Follows the n-th link of the error summary and says which element has the keyboard focus then. */
    String followErrorLink(int index) {
        browser.click(browser.all(By.cssSelector(".pdv-error-summary__list a")).get(index));
        return browser.focused().getAttribute("id");
    }

    String valueOf(String fieldId) {
        return browser.waitFor(By.id(fieldId)).getDomProperty("value");
    }

    String focusedClass() {
        return browser.focused().getAttribute("class");
    }

    /** The error message shown at a field. */
    String errorAt(String fieldId) {
        return browser.waitFor(By.id(fieldId + "-error")).getText();
    }

    /** The last figure the chart draws for its first series (the actual so far), as Chart.js holds it. */
    Number chartedActual() {
        return (Number) browser.script("""
                const chart = Chart.getChart(document.querySelector('canvas[data-chart]'));
                const actual = chart.data.datasets[0].data.filter(v => v !== null);
                return actual[actual.length - 1];""");
    }

    boolean chartDrawn() {
        return (Boolean) browser.script("""
                const canvas = document.querySelector('canvas[data-chart]');
                return !!(window.Chart && canvas && Chart.getChart(canvas));""");
    }

    private void type(String field, String value) {
        WebElement input = browser.waitFor(By.id(field));
        input.clear();
        input.sendKeys(value);
    }
}
