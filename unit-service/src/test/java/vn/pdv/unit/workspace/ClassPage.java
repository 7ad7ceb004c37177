package vn.pdv.unit.workspace;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.pdv.stack.browser.Browser;

/**
 * One class's page ({@code /classes/{id}}): its facts, its list, the list's download, enrolling a candidate, and
 * recording the class held.
 */
final class ClassPage {

    private final Browser browser;

    ClassPage(Browser browser) {
        this.browser = browser;
        browser.waitFor(By.id("class-facts"));
    }

    String heading() {
        return browser.heading();
    }

    String facts() {
        return browser.waitFor(By.id("class-facts")).getText();
    }

    String done() {
        return browser.waitFor(By.cssSelector(".pdv-done")).getText();
    }

    /** Chooses the candidate as the drop-down words them and presses "Ghi danh vào lớp"; waits for the page again. */
    ClassPage enrol(String choice) {
        new Select(browser.waitFor(By.id("candidateId"))).selectByVisibleText(choice);
        String before = browser.currentUrl();
        browser.click(browser.waitFor(By.cssSelector("#enrol-form button[type='submit']")));
        return answered("the answer to the enrolment at " + before);
    }

    /**
     * Fills the closing form by its labels (the last day, each attendee's certificate number) and presses "Ghi nhận bế
     * giảng"; waits for the page again, recorded or with its errors.
     */
    ClassPage hold(Map<String, Object> byLabel) {
        new StepPage(browser).fill(byLabel);
        browser.click(browser.waitFor(By.cssSelector("#hold-form button[type='submit']")));
        return answered("the answer to closing the class");
    }

    /** The message at a field of the page's forms, found by its label. */
    String errorAt(String label) {
        return new StepPage(browser).errorAt(label);
    }

    /** The line saying when the class was held; empty while it is not. */
    String heldLine() {
        return browser.all(By.id("class-held")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    private ClassPage answered(String what) {
        browser.until(driver -> !driver.findElements(By.cssSelector(".pdv-done, .pdv-error-summary")).isEmpty()
                ? Boolean.TRUE : null, what);
        return new ClassPage(browser);
    }

    /** The names on the list, top to bottom. */
    List<String> listed() {
        return browser.waitFor(By.id("class-list")).findElements(By.cssSelector("tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    /** The list's rows as read: name, branch, stage, and whether they attended once the class is held. */
    List<String> listRow(int index) {
        return browser.waitFor(By.id("class-list")).findElements(By.cssSelector("tbody tr")).get(index)
                .findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    String downloadLink() {
        return browser.waitFor(By.id("download-list")).getAttribute("href");
    }
}
