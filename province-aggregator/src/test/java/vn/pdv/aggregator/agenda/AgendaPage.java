package vn.pdv.aggregator.agenda;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.stack.Tokens;
import vn.pdv.stack.browser.Browser;

/** A committee's agenda page as its staff reach it: from the committee's unit page, by the agenda link. */
final class AgendaPage {

    private final Browser browser;

    private AgendaPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the unit page as the province administrator and follows its link to the agenda. */
    static AgendaPage fromUnitPage(Browser browser, String unitPage) {
        browser.open(unitPage).logInIfAsked(AggregatorTest.PROVINCE_ADMIN, Tokens.DEMO_PASSWORD);
        browser.click(browser.waitFor(By.id("agenda-link")));
        browser.waitForHeading("Chương trình họp của cấp ủy");
        return new AgendaPage(browser);
    }

    String lead() {
        return browser.waitFor(By.cssSelector(".pdv-lead")).getText();
    }

    String summary() {
        return browser.waitFor(By.id("agenda-summary")).getText();
    }

    /** The rows top to bottom, each as its cells read. */
    List<List<String>> rows() {
        return browser.all(By.cssSelector("#agenda-table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(cell -> cell.getText().replace('\u00a0', ' ')).toList())
                .toList();
    }

    /** Whether each row, top to bottom, is marked overdue. */
    List<Boolean> overdue() {
        return browser.all(By.cssSelector("#agenda-table tbody tr")).stream()
                .map(row -> Boolean.valueOf(row.getAttribute("data-overdue"))).toList();
    }

    /** Back to the committee's unit page by the link under the table. */
    void backToTheUnit() {
        WebElement back = browser.waitFor(By.id("back-to-unit"));
        browser.click(back);
        browser.waitFor(By.id("agenda-link"));
    }
}
