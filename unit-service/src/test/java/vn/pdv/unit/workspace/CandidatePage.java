package vn.pdv.unit.workspace;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.pdv.stack.browser.Browser;

/** One candidate's page: who, which stage since when, what is due, the history, and the next steps to record. */
final class CandidatePage {

    private final Browser browser;

    CandidatePage(Browser browser) {
        this.browser = browser;
        browser.waitFor(By.id("history"));
    }

    String heading() {
        return browser.heading();
    }

    String stage() {
        return browser.waitFor(By.id("stage")).getText();
    }

    /** The green line after a step was recorded. */
    String recorded() {
        return browser.waitFor(By.cssSelector(".pdv-done .pdv-banner__message")).getText();
    }

    /** Each history row as its cells' texts: day, step, details, recorded by. */
    List<List<String>> history() {
        return browser.all(By.cssSelector("#history tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }

    List<String> due() {
        return browser.all(By.cssSelector("#due li")).stream().map(WebElement::getText).toList();
    }

    /** Follows the link to record a step, by its words. */
    StepPage startStep(String title) {
        browser.click(browser.waitFor(By.id("steps")).findElement(By.linkText(title)));
        browser.waitForHeading(title);
        return new StepPage(browser);
    }

    /** Follows a history row's link ("Sửa" to correct the step, "Huỷ bước" to void it) to its form. */
    StepPage revise(int step, String link) {
        browser.click(browser.waitFor(By.id("step-" + step)).findElement(By.linkText(link)));
        browser.waitFor(By.id("revised-step"));
        return new StepPage(browser);
    }

    /** The candidate's id, from the page's address. */
    String id() {
        String url = browser.currentUrl();
        String path = url.substring(url.indexOf("/candidates/") + "/candidates/".length());
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }
}
