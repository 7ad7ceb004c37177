package vn.pdv.aggregator.intake.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.fulfilment.Move;
import vn.pdv.aggregator.fulfilment.PipelineStock;
import vn.pdv.aggregator.fulfilment.Tallies;
import vn.pdv.aggregator.fulfilment.Tally;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.intake.Effect;
import vn.pdv.aggregator.intake.Logs;
import vn.pdv.aggregator.intake.Received;
import vn.pdv.aggregator.quota.Quotas;

/**
 * Applies a batch of events, as one poll of the topic delivered them. Every effect is guarded by the event's
 * {@link Origin}, document by document, so an event delivered twice, a batch redelivered after a crash (cut at other
 * boundaries), a zombie consumer during a rebalance, or a whole topic replayed, leaves every figure as it was. There
 * is no transaction across documents: each document's update is idempotent on its own, so a crash between two of
 * them only means the rest is applied on redelivery.
 *
 * <p>A batch is written in one bulk per collection (registrations, quotas, the pipeline stock, the tallies). The logs'
 * progress is noted last: a crash before it only means the events
 * are applied (as no-ops) and noted again on redelivery. Once a batch is applied, {@link FiguresChanged} names the
 * units whose figures it touched, for open pages to refresh (a redelivered batch only costs a redundant refresh).
 */
@Service
public class Intake {

    private final Hierarchy hierarchy;
    private final Tallies tallies;
    private final PipelineStock stock;
    private final Quotas quotas;
    private final Logs logs;
    private final ApplicationEventPublisher events;

    Intake(Hierarchy hierarchy, Tallies tallies, PipelineStock stock, Quotas quotas, Logs logs,
           ApplicationEventPublisher events) {
        this.hierarchy = hierarchy;
        this.tallies = tallies;
        this.stock = stock;
        this.quotas = quotas;
        this.logs = logs;
        this.events = events;
    }

    /** @param batch events in the order their logs produced them (logs may interleave) */
    public void apply(List<Received> batch) {
        List<Hierarchy.Registered> registrations = new ArrayList<>();
        List<Quotas.Assigned> assignments = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        List<Tally> counted = new ArrayList<>();
        Set<UnitCode> touched = new LinkedHashSet<>();
        for (Received event : batch) {
            Origin origin = event.origin();
            switch (event.effect()) {
                case Effect.Registration registration -> {
                    registrations.add(new Hierarchy.Registered(origin, registration.unit()));
                    touched.add(registration.unit().code());
                }
                case Effect.Assignment assignment -> {
                    assignments.add(new Quotas.Assigned(origin, assignment.quota()));
                    touched.add(assignment.quota().target());
                }
                case Effect.Step step -> {
                    touched.add(step.branch());
                    moves.add(new Move(origin, step.candidateId(), step.branch(), step.stage()));
                    if (!step.counts().isEmpty()) {
                        counted.add(new Tally(origin, step.branch(), step.on(), step.counts()));
                    }
                }
                case Effect.ReceivedOnly receivedOnly -> {
                }
            }
        }
        hierarchy.registerAll(registrations);
        quotas.assignAll(assignments);
        stock.move(moves);
        tallies.add(counted);
        logs.received(batch);
        if (!batch.isEmpty()) {
            events.publishEvent(new FiguresChanged(touched));
        }
    }
}
