package vn.pdv.aggregator.report.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.finding.application.FindingReport;
import vn.pdv.aggregator.fulfilment.Progress;
import vn.pdv.aggregator.fulfilment.application.ProgressReport;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Reach;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.Terms;
import vn.pdv.aggregator.report.Heading;
import vn.pdv.aggregator.report.Report;
import vn.pdv.aggregator.report.Subunits;

/**
 * Compiles the report a committee would otherwise compile by hand: the progress of each unit directly beneath it and
 * of its whole subtree, as {@link ProgressReport} answers it, for any period; and the steps recorded with a finding,
 * as {@link FindingReport} counts them.
 *
 * <p>Known limit: one {@link ProgressReport} query per unit beneath, each reading the tree; fine for the tens of
 * units a committee reports on, not meant for a whole province's thousands at once.
 */
@Service
public class ReportCompiler {

    private final ProgressReport progress;
    private final FindingReport findings;
    private final Hierarchy hierarchy;
    private final Terms terms;
    private final Clock clock;

    ReportCompiler(ProgressReport progress, FindingReport findings, Hierarchy hierarchy, Terms terms, Clock clock) {
        this.progress = progress;
        this.findings = findings;
        this.hierarchy = hierarchy;
        this.terms = terms;
        this.clock = clock;
    }

    /** The report's lines are those of the units beneath within {@code reach}. Empty when the unit is unknown. */
    public Optional<Report> of(UnitCode code, Period period, Reach reach) {
        UnitTree tree = hierarchy.tree();
        Optional<Unit> unit = tree.latest(code);
        Optional<Progress> whole = unit.flatMap(found -> progress.of(tree, code, period));
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        // Dated as the committee's own calendar reads: the service's clock is in Vietnam, whatever the server's zone.
        LocalDate today = LocalDate.now(clock);
        List<Progress> beneath = Subunits.beneath(tree, code, terms.bounds(period, tree, code, today), today).stream()
                .filter(child -> reach.covers(child.code()))
                .map(child -> progress.of(tree, child.code(), period)).flatMap(Optional::stream).toList();
        Heading heading = new Heading(Subunits.superiorOf(tree, unit.get()).map(Unit::name).orElse(null),
                unit.get().name(), code, period, today);
        Map<String, Map<String, Long>> found = new HashMap<>();
        findings.of(tree, code, period).ifPresent(count -> found.put(code.value(), count.byRule()));
        beneath.forEach(child -> findings.of(tree, new UnitCode(child.unit()), period)
                .ifPresent(count -> found.put(child.unit(), count.byRule())));
        return Optional.of(Report.of(heading, whole.get(), beneath, found));
    }
}
