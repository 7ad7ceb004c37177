package vn.pdv.aggregator.rating.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.fulfilment.application.ProgressReport;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Reach;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.rating.Rating;
import vn.pdv.aggregator.report.Subunits;

/**
 * Rates a unit and every unit beneath it for a year, each on its own quotas and targets and its own subtree's
 * actuals ({@link ProgressReport}), the tree as it stood on the year's last day (today while the year runs), listed
 * depth first in plan order (DUK-2 before DUK-10).
 *
 * <p>Known limit: one progress query per unit, as the report; meant for a committee's tens or hundreds of units.
 */
@Service
public class Ratings {

    /**
     * The ratings with what the list's title block needs.
     *
     * @param asOf        the day the figures run to: the year's last day, or today while it runs
     * @param generatedOn today, the day the list is dated
     */
    public record RatingList(UnitCode unit, String name, String superior, int year, LocalDate asOf,
                             LocalDate generatedOn, List<Rating> ratings) {
    }

    private final ProgressReport progress;
    private final Hierarchy hierarchy;
    private final Clock clock;

    Ratings(ProgressReport progress, Hierarchy hierarchy, Clock clock) {
        this.progress = progress;
        this.hierarchy = hierarchy;
        this.clock = clock;
    }

    /** The units beneath are those within {@code reach}. Empty when the unit is unknown. */
    public Optional<RatingList> of(UnitCode code, int year, Reach reach) {
        UnitTree tree = hierarchy.tree();
        Optional<Unit> unit = tree.latest(code);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        Period period = Period.year(year);
        LocalDate last = period.until().minusDays(1);
        LocalDate day = last.isAfter(today) ? today : last;
        boolean provisional = !today.isAfter(last);
        List<Rating> ratings = new ArrayList<>();
        rate(tree, code, 0, period, day, reach, provisional, ratings);
        return Optional.of(new RatingList(code, unit.get().name(),
                Subunits.superiorOf(tree, unit.get()).map(Unit::name).orElse(null), year, day, today, ratings));
    }

    private void rate(UnitTree tree, UnitCode code, int depth, Period period, LocalDate day, Reach reach,
                      boolean provisional, List<Rating> ratings) {
        progress.of(tree, code, period).ifPresent(figures ->
                ratings.add(Rating.of(code, depth, period.year(), figures, provisional)));
        tree.children(code, day).stream().map(Unit::code).filter(reach::covers).sorted(Subunits.PLAN_ORDER)
                .forEach(child -> rate(tree, child, depth + 1, period, day, reach, provisional, ratings));
    }
}
