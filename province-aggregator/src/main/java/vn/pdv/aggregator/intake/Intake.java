package vn.pdv.aggregator.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.Origin;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Person;
import vn.pdv.aggregator.fulfilment.PipelineStock;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.fulfilment.Tallies;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.plan.Quota;
import vn.pdv.aggregator.quota.Quotas;

/**
 * Applies a unit's events. Every effect is guarded by the event's {@link Origin}, so an event delivered
 * twice, or a whole topic replayed, leaves every figure as it was. The log's progress is noted last: a
 * crash before it only means the event is applied (as a no-op) and noted again on redelivery.
 */
@Service
public class Intake {

    private final Hierarchy hierarchy;
    private final Tallies tallies;
    private final PipelineStock stock;
    private final Quotas quotas;
    private final Logs logs;
    private final Clock clock;

    Intake(Hierarchy hierarchy, Tallies tallies, PipelineStock stock, Quotas quotas, Logs logs, Clock clock) {
        this.hierarchy = hierarchy;
        this.tallies = tallies;
        this.stock = stock;
        this.quotas = quotas;
        this.logs = logs;
        this.clock = clock;
    }

    public void unitRegistered(Origin origin, Instant recordedAt, Unit unit) {
        hierarchy.register(origin, unit);
        received(origin, recordedAt);
    }

    /** @param introducedBy the introducing organisation's contract name, e.g. MILITIA */
    public void sourceCreated(Origin origin, Instant recordedAt, String candidateId, UnitCode branch,
                              LocalDate identifiedOn, Person person, String introducedBy) {
        stock.move(origin, candidateId, branch, Stage.SOURCE);
        Set<Counter> counters = person.counters(identifiedOn.getYear(), false);
        Counter.introducedBy(introducedBy).ifPresent(counters::add);
        tallies.add(origin, branch, identifiedOn, Metric.SOURCES, counters, 1);
        received(origin, recordedAt);
    }

    public void candidateAdmitted(Origin origin, Instant recordedAt, String candidateId, UnitCode branch,
                                  LocalDate admittedOn, Person person, boolean readmission) {
        stock.move(origin, candidateId, branch, Stage.PROBATIONARY_MEMBER);
        tallies.add(origin, branch, admittedOn, Metric.ADMISSIONS, person.counters(admittedOn.getYear(), readmission),
                1);
        received(origin, recordedAt);
    }

    public void sympathiserAdded(Origin origin, Instant recordedAt, String candidateId, UnitCode branch,
                                 LocalDate addedOn, Person person) {
        stock.move(origin, candidateId, branch, Stage.SYMPATHISER);
        count(origin, recordedAt, branch, addedOn, Metric.SYMPATHISERS_ADDED, person);
    }

    /** Counts as a removal and as an exit. */
    public void sympathiserRemoved(Origin origin, Instant recordedAt, String candidateId, UnitCode branch,
                                   LocalDate removedOn, Person person) {
        stock.move(origin, candidateId, branch, Stage.EXITED);
        int year = removedOn.getYear();
        tallies.add(origin, branch, removedOn, Map.of(Metric.SYMPATHISERS_REMOVED, person.counters(year, false),
                Metric.EXITS, person.counters(year, false)), 1);
        received(origin, recordedAt);
    }

    public void certificateIssued(Origin origin, Instant recordedAt, String candidateId, UnitCode branch,
                                  LocalDate issuedOn, Person person) {
        stock.move(origin, candidateId, branch, Stage.CERTIFIED);
        count(origin, recordedAt, branch, issuedOn, Metric.CERTIFICATES, person);
    }

    public void candidateRecognised(Origin origin, Instant recordedAt, String candidateId, UnitCode branch,
                                    LocalDate recognisedOn, Person person) {
        stock.move(origin, candidateId, branch, Stage.OFFICIAL_MEMBER);
        count(origin, recordedAt, branch, recognisedOn, Metric.RECOGNITIONS, person);
    }

    public void candidateExited(Origin origin, Instant recordedAt, String candidateId, UnitCode branch,
                                LocalDate exitedOn, Person person) {
        stock.move(origin, candidateId, branch, Stage.EXITED);
        count(origin, recordedAt, branch, exitedOn, Metric.EXITS, person);
    }

    /** A step that moves no count, only the candidate along the pipeline (verification, votes, decisions…). */
    public void stepTaken(Origin origin, Instant recordedAt, String candidateId, UnitCode branch, Stage stage) {
        stock.move(origin, candidateId, branch, stage);
        received(origin, recordedAt);
    }

    public void quotaAssigned(Origin origin, Instant recordedAt, Quota quota) {
        quotas.assign(origin, quota);
        received(origin, recordedAt);
    }

    /** An event of a type this aggregator does not know yet (a newer unit service): counted as received. */
    public void unknownEvent(Origin origin, Instant recordedAt) {
        received(origin, recordedAt);
    }

    private void count(Origin origin, Instant recordedAt, UnitCode branch, LocalDate on, Metric metric, Person person) {
        tallies.add(origin, branch, on, metric, person.counters(on.getYear(), false), 1);
        received(origin, recordedAt);
    }

    private void received(Origin origin, Instant recordedAt) {
        logs.received(origin, recordedAt, clock.instant());
    }
}
