package vn.pdv.unit.workspace;

import org.openqa.selenium.By;
import vn.pdv.stack.browser.Browser;

/** The quarterly reviews of the sympathiser lists ({@code /sympathisers/reviews}): what is owed, what was recorded. */
final class ReviewsPage {

    private final Browser browser;

    ReviewsPage(Browser browser) {
        this.browser = browser;
        browser.waitFor(By.tagName("h1"));
    }

    /** The "recorded" banner after a review was saved. */
    String done() {
        return browser.waitFor(By.cssSelector(".pdv-done")).getText();
    }

    /** The recorded review of {@code branch} for {@code quarter} (written 2026-Q3), as its row reads. */
    String recorded(String branch, String quarter) {
        return browser.waitFor(By.cssSelector("#recorded-reviews tr[data-branch='" + branch + "'][data-quarter='"
                + quarter + "']")).getText();
    }

    /** Opens the form to record a review. */
    StepPage startRecording() {
        browser.click(By.id("record-review"));
        return new StepPage(browser);
    }
}
