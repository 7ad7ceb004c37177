package vn.pdv.aggregator.agenda.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.agenda.Agenda;
import vn.pdv.aggregator.agenda.AgendaItem;
import vn.pdv.aggregator.agenda.AwaitingDecisions;
import vn.pdv.aggregator.agenda.DecidingCommittee;
import vn.pdv.aggregator.agenda.DecisionDeadlines;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Reach;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.common.workingdays.WorkingDayCalendar;

/**
 * A committee's agenda on a day: every candidate awaiting a decision whose branch that committee decides for on the
 * day ({@link DecidingCommittee}), judged against the deadline. Which committee decides is read at the time of asking,
 * so a reorganisation moves the undecided proposals to the committee deciding after it.
 *
 * <p>Known limit: every awaiting candidate of the province is looked at per request; they are the few between a
 * branch's proposal and the decision, not every candidate ever seen.
 */
@Service
public class AgendaBook {

    private final AwaitingDecisions awaiting;
    private final Hierarchy hierarchy;
    private final DecisionDeadlines deadlines;

    AgendaBook(AwaitingDecisions awaiting, Hierarchy hierarchy, AgendaSettings settings) {
        this.awaiting = awaiting;
        this.hierarchy = hierarchy;
        this.deadlines = settings.deadlines(WorkingDayCalendar.vietnam());
    }

    /** The deadlines the agenda is judged on, for a page to say them. */
    public DecisionDeadlines deadlines() {
        return deadlines;
    }

    /**
     * @param reach what the reader may see: matters of branches outside it are left out
     * @return empty when the committee did not stand on the day
     * @throws vn.pdv.common.workingdays.HolidaysNotCoveredException when a deadline runs through a year the holiday
     *                                                                data does not cover
     */
    public Optional<Agenda> of(UnitCode committee, LocalDate on, Reach reach) {
        UnitTree tree = hierarchy.tree();
        if (tree.on(committee, on).isEmpty()) {
            return Optional.empty();
        }
        List<AgendaItem> items = awaiting.all().stream()
                .filter(each -> reach.covers(each.branch()))
                .filter(each -> DecidingCommittee.over(tree, each.branch(), on).filter(committee::equals).isPresent())
                .map(each -> deadlines.judge(each, on))
                .toList();
        return Optional.of(new Agenda(committee, on, items));
    }
}
