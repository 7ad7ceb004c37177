package vn.pdv.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.pdv.stack.Tokens;
import vn.pdv.stack.browser.Browser;

/**
 * The province's pages as its staff open them: real headless Chromium ({@link Browser}), logged in through Keycloak's
 * form as the province administrator once, then each page visited {@code visits} times after one visit not counted.
 * A visit is timed by the browser itself (Navigation Timing), from the start of the navigation until the page is
 * complete: its load event has ended (the document, its styles and scripts) and, on a page with a chart, the chart
 * is drawn. A visit that does not answer 200, or whose page has no heading, fails the run rather than being timed.
 */
final class DashboardPages {

    /** A page by what it shows and its address under the aggregator's root. */
    record Page(String what, String path) {
    }

    /**
     * The visit as the browser measured it, in milliseconds from the navigation's start: {@code complete} when its
     * load event ended or, if its chart was not drawn by then, when the chart is (looked for at each frame, given up
     * after 15 s: -2); {@code firstByte} when the document began to arrive, which is the service's share; and the rows
     * of its tables. {@code complete} is -1 when the document did not answer 200 or has no heading.
     */
    private static final String COMPLETE = """
            const done = arguments[arguments.length - 1];
            const navigation = performance.getEntriesByType('navigation')[0];
            const answer = complete => done({complete: complete, firstByte: navigation ? navigation.responseStart : -1,
                    rows: document.querySelectorAll('main table tbody tr').length});
            if (!navigation || navigation.responseStatus !== 200 || !document.querySelector('h1')) {
                answer(-1);
                return;
            }
            const canvas = document.querySelector('canvas[data-chart]');
            const drawn = () => !canvas || (window.Chart && window.Chart.getChart(canvas));
            if (drawn()) {
                answer(navigation.loadEventEnd);
                return;
            }
            const look = () => drawn() ? answer(performance.now())
                    : performance.now() > 15000 ? answer(-2) : requestAnimationFrame(look);
            requestAnimationFrame(look);""";

    /** One visit: see {@link #COMPLETE}. */
    private record Visit(double complete, double firstByte, long rows) {
    }

    private final String base;
    private final int visits;

    DashboardPages(String base, int visits) {
        this.base = base;
        this.visits = visits;
    }

    List<Figure> visit(List<Page> pages, long targetMillis) {
        List<Figure> figures = new ArrayList<>();
        try (Browser browser = Browser.laptop()) {
            browser.open(base + pages.getFirst().path()).logInIfAsked("province.admin", Tokens.DEMO_PASSWORD);
            for (Page page : pages) {
                double loadBefore = ProvinceBaseline.loadAverage();
                long rows = timed(browser, page).rows();
                List<Double> complete = new ArrayList<>();
                List<Double> firstByte = new ArrayList<>();
                for (int visit = 0; visit < visits; visit++) {
                    Visit timed = timed(browser, page);
                    complete.add(timed.complete());
                    firstByte.add(timed.firstByte());
                }
                System.out.printf("  page %s: %s%n", page.path(), complete.stream().map("%.0f ms"::formatted).toList());
                complete.sort(null);
                firstByte.sort(null);
                double p99 = ProvinceBaseline.percentile(complete, 99);
                figures.add(new Figure("Page, in Chromium: %s, %,d table rows (%s)".formatted(page.what(), rows,
                        page.path()),
                        "p50 %,.0f ms, p99 %,.0f ms (%d visits; the document's first byte p50 %,.0f ms); load %.1f→%.1f"
                                .formatted(ProvinceBaseline.percentile(complete, 50), p99, complete.size(),
                                        ProvinceBaseline.percentile(firstByte, 50), loadBefore,
                                        ProvinceBaseline.loadAverage()),
                        "p99 < %,d ms".formatted(targetMillis), p99 < targetMillis));
            }
        }
        return figures;
    }

    /** Opens the page afresh and answers how long it took to be complete, as the browser measured it. */
    private Visit timed(Browser browser, Page page) {
        browser.driver().navigate().to(base + page.path());
        @SuppressWarnings("unchecked")
        Map<String, Number> measured = (Map<String, Number>) browser.asyncScript(COMPLETE);
        Visit visit = new Visit(measured.get("complete").doubleValue(), measured.get("firstByte").doubleValue(),
                measured.get("rows").longValue());
        if (visit.complete() < 0) {
            throw new IllegalStateException(page.path() + (visit.complete() == -1 ? " did not answer 200 with a page"
                    : " never drew its chart") + " (now at " + browser.currentUrl() + ")");
        }
        return visit;
    }
}
