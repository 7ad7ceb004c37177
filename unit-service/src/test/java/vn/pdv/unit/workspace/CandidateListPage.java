package vn.pdv.unit.workspace;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.pdv.stack.browser.Browser;

/** The candidates list: search by name or ID-card number, read the rows. */
final class CandidateListPage {

    private final Browser browser;

    private CandidateListPage(Browser browser) {
        this.browser = browser;
    }

    static CandidateListPage open(Browser browser, String address) {
        browser.open(address);
        browser.waitFor(By.id("candidates"));
        return new CandidateListPage(browser);
    }

    CandidateListPage search(String words) {
        WebElement box = browser.waitFor(By.id("q"));
        box.clear();
        box.sendKeys(words);
        String before = browser.currentUrl();
        browser.click(By.cssSelector("form.pdv-filter button"));
        browser.until(driver -> !driver.getCurrentUrl().equals(before) ? Boolean.TRUE : null, "the search's answer");
        browser.waitFor(By.id("candidates"));
        return this;
    }

    List<String> names() {
        return browser.all(By.cssSelector("#candidates tbody td:first-child")).stream().map(WebElement::getText).toList();
    }

    List<String> row(String candidateId) {
        return browser.all(By.cssSelector("#candidates tr[data-candidate='" + candidateId + "'] td")).stream()
                .map(WebElement::getText).toList();
    }
}
