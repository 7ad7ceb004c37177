package vn.pdv.unit.workspace;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.pdv.stack.browser.Browser;

/** A step's form as a clerk fills it in: type into each labelled field, tick boxes, choose from lists, record. */
final class StepPage {

    private final Browser browser;

    StepPage(Browser browser) {
        this.browser = browser;
        browser.waitFor(By.cssSelector("main form[method='post'] button[type='submit']"));
    }

    /**
     * Fills the form: a value for a text field is typed, for a drop-down it is the visible choice, {@code true} ticks a
     * box. Fields are found by their label, as a person reads the form.
     */
    StepPage fill(Map<String, Object> byLabel) {
        byLabel.forEach((label, value) -> {
            WebElement input = field(label);
            switch (input.getTagName()) {
                case "select" -> new Select(input).selectByVisibleText(value.toString());
                default -> {
                    if ("checkbox".equals(input.getAttribute("type"))) {
                        if (Boolean.TRUE.equals(value) != input.isSelected()) {
                            browser.click(input);
                        }
                    } else {
                        input.clear();
                        input.sendKeys(value.toString());
                    }
                }
            }
        });
        return this;
    }

    /** Presses "Ghi nhận" and waits for the next page (the candidate's, or this form again with its errors). */
    void record() {
        String before = browser.currentUrl();
        WebElement button = browser.waitFor(By.cssSelector("main form[method='post'] button[type='submit']"));
        browser.click(button);
        browser.until(driver -> driver.findElements(By.cssSelector(".pdv-error-summary")).size() > 0
                || !driver.getCurrentUrl().equals(before) ? Boolean.TRUE : null, "the answer to the form");
    }

    /** The error summary's lines, top to bottom. */
    List<String> summary() {
        return browser.waitFor(By.cssSelector(".pdv-error-summary")).findElements(By.cssSelector("li")).stream()
                .map(WebElement::getText).toList();
    }

    /** The message shown at a field, found by its label. */
    String errorAt(String label) {
        String id = labelled(label).getAttribute("for");
        return browser.waitFor(By.id(id + "-error")).getText();
    }

    /** The element the summary's link for {@code message} leads to. */
    String summaryLinkTarget(String message) {
        return browser.waitFor(By.cssSelector(".pdv-error-summary")).findElements(By.tagName("a")).stream()
                .filter(link -> link.getText().contains(message)).findFirst().orElseThrow().getAttribute("href");
    }

    private WebElement field(String label) {
        return browser.waitFor(By.id(labelled(label).getAttribute("for")));
    }

    private WebElement labelled(String label) {
        return browser.until(driver -> driver.findElements(By.tagName("label")).stream()
                .filter(element -> element.getText().strip().equals(label)).findFirst().orElse(null), "the field " + label);
    }
}
