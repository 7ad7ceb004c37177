package vn.pdv.unit.workspace;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.pdv.stack.browser.Browser;

/** One class's page ({@code /classes/{id}}): its facts, its list, the list's download, enrolling a candidate. */
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
        browser.click(browser.waitFor(By.cssSelector("main form[method='post'] button[type='submit']")));
        browser.until(driver -> !driver.findElements(By.cssSelector(".pdv-done, .pdv-error-summary")).isEmpty()
                ? Boolean.TRUE : null, "the answer to the enrolment at " + before);
        return new ClassPage(browser);
    }

    /** The names on the list, top to bottom. */
    List<String> listed() {
        return browser.waitFor(By.id("class-list")).findElements(By.cssSelector("tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    String downloadLink() {
        return browser.waitFor(By.id("download-list")).getAttribute("href");
    }
}
