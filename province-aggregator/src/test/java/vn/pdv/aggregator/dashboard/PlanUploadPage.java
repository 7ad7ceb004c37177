package vn.pdv.aggregator.dashboard;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.stack.Tokens;
import vn.pdv.stack.browser.Browser;

/** The plan upload as a province administrator uses it: choose a table, check it, read the findings, load it. */
final class PlanUploadPage {

    private final Browser browser;

    private PlanUploadPage(Browser browser) {
        this.browser = browser;
    }

    static PlanUploadPage open(Browser browser, String address) {
        browser.open(address).logInIfAsked(AggregatorTest.PROVINCE_ADMIN, Tokens.DEMO_PASSWORD);
        browser.waitFor(By.id("check-form"));
        return new PlanUploadPage(browser);
    }

    /** Chooses the file, says the plan's number and periods, and asks for the dry run. */
    PlanUploadPage check(Path table, String planNumber, String periods) {
        browser.waitFor(By.id("table")).sendKeys(table.toAbsolutePath().toString());
        browser.waitFor(By.id("planNumber")).sendKeys(planNumber);
        browser.waitFor(By.id("expectedPeriods")).sendKeys(periods);
        browser.click(By.cssSelector("#check-form button"));
        browser.waitFor(By.id("load-form"));
        return this;
    }

    PlanUploadPage load() {
        browser.click(By.cssSelector("#load-form button"));
        browser.waitForText(By.id("findings-heading"), "Kết quả nạp kế hoạch");
        return this;
    }

    String heading() {
        return browser.waitFor(By.id("findings-heading")).getText();
    }

    String summary() {
        return browser.waitFor(By.cssSelector("#findings .pdv-banner__message")).getText();
    }

    /** The cells of the finding about a unit under a rule: row, unit, message, rule. */
    List<String> finding(String unit, String rule) {
        return browser.all(By.cssSelector("#findings-table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .filter(cells -> cells.get(1).equals(unit) && cells.get(3).equals(rule))
                .findFirst().orElseThrow(() -> new AssertionError("no finding " + rule + " about " + unit));
    }
}
