package vn.pdv.aggregator.intake.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.candidate.Candidates;
import vn.pdv.aggregator.candidate.Move;
import vn.pdv.aggregator.finding.Findings;
import vn.pdv.aggregator.finding.Found;
import vn.pdv.aggregator.fulfilment.Tallies;
import vn.pdv.aggregator.fulfilment.Tally;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.intake.Authority;
import vn.pdv.aggregator.intake.Effect;
import vn.pdv.aggregator.intake.Logs;
import vn.pdv.aggregator.intake.Received;
import vn.pdv.aggregator.intake.Verdict;
import vn.pdv.aggregator.keys.Refusal;
import vn.pdv.aggregator.quota.Quotas;

/**
 * Applies a batch of events, as one poll of the topic delivered them. Every effect is guarded by the event's
 * {@link Origin}, document by document, so an event delivered twice, a batch redelivered after a crash (cut at other
 * boundaries), a zombie consumer during a rebalance, or a whole topic replayed, leaves every figure as it was. A
 * correction or a void is an event of its own log like any other: it takes back what the step counted (and adds it
 * where it now counts) under its own origin, so it too moves every figure exactly once. There
 * is no transaction across documents: each document's update is idempotent on its own, so a crash between two of
 * them only means the rest is applied on redelivery.
 *
 * <p>A batch is written in one bulk per collection (registrations, quotas, the candidates, the tallies, the findings),
 * the tallies and findings on a second thread while this one writes the rest. The logs' progress is noted last, once
 * both are done: a crash before it only means the events are applied (as no-ops) and noted again on
 * redelivery. Once a batch is applied, {@link FiguresChanged} names the units whose figures it touched, for open pages
 * to refresh (a redelivered batch only costs a redundant refresh).
 *
 * <p>In front of applying, each registration and quota is checked against its log's {@link Authority}; one reaching
 * outside the committee's subtree is returned refused and changes nothing, not even its log's progress (its place
 * shows as a gap at {@code /api/logs}, which is what the province should see). One naming a unit the province has not
 * heard of yet is returned waiting: noted as received in its log's progress (it is, and the caller keeps it), applied
 * when it is taken in again once that unit is registered.
 */
@Service
public class Intake {

    private final Hierarchy hierarchy;
    private final Tallies tallies;
    private final Findings findings;
    private final Candidates candidates;
    private final Quotas quotas;
    private final Logs logs;
    private final ApplicationEventPublisher events;

    Intake(Hierarchy hierarchy, Tallies tallies, Findings findings, Candidates candidates, Quotas quotas,
           Logs logs, ApplicationEventPublisher events) {
        this.hierarchy = hierarchy;
        this.tallies = tallies;
        this.findings = findings;
        this.candidates = candidates;
        this.quotas = quotas;
        this.logs = logs;
        this.events = events;
    }

    /**
     * What became of a batch beyond what was applied.
     *
     * @param refused    the events refused for reaching outside their committee's authority, with why
     * @param waiting    the events naming a unit the province has not heard of, with that unit
     * @param registered whether the batch registered any unit (which waiting events may have waited for)
     */
    public record Outcome(Map<Received, Refusal> refused, Map<Received, UnitCode> waiting, boolean registered) {
    }

    /** @param received events in the order their logs produced them (logs may interleave) */
    public Outcome apply(List<Received> received) {
        Map<Received, Refusal> refused = new IdentityHashMap<>();
        Map<Received, UnitCode> waiting = new IdentityHashMap<>();
        judge(received, refused, waiting);
        List<Received> noted = refused.isEmpty() ? received
                : received.stream().filter(event -> !refused.containsKey(event)).toList();
        List<Received> batch = waiting.isEmpty() ? noted
                : noted.stream().filter(event -> !waiting.containsKey(event)).toList();
        List<Hierarchy.Registered> registrations = new ArrayList<>();
        List<Quotas.Assigned> assignments = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        List<Tally> counted = new ArrayList<>();
        List<Found> found = new ArrayList<>();
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
                    moves.add(Move.step(origin, step.candidateId(), step.branch(), step.stage(), step.on()));
                    if (!step.counts().isEmpty()) {
                        counted.add(new Tally(origin, step.branch(), step.on(), step.counts(), step.amounts(), 1));
                    }
                    if (!step.findings().isEmpty()) {
                        found.add(new Found(origin, step.branch(), step.on(), step.findings()));
                    }
                }
                case Effect.Correction correction -> {
                    Effect.Step before = correction.before();
                    Effect.Step after = correction.after();
                    touched.add(before.branch());
                    touched.add(after.branch());
                    moves.add(Move.correction(origin, after.candidateId(), after.branch(), correction.stageNow(),
                            after.stage(), after.on()));
                    // In place, the step counts the same: nothing moves (and one origin may touch a document once).
                    if (!before.counts().isEmpty() && !correction.countsInPlace()) {
                        counted.add(new Tally(origin, before.branch(), before.on(), before.counts(), before.amounts(),
                                -1));
                        counted.add(new Tally(origin, after.branch(), after.on(), after.counts(), after.amounts(), 1));
                    }
                }
                case Effect.Voiding voiding -> {
                    Effect.Step voided = voiding.voided();
                    touched.add(voided.branch());
                    touched.add(voiding.branchNow());
                    moves.add(Move.voiding(origin, voided.candidateId(), voiding.branchNow(), voiding.stageNow()));
                    if (!voided.counts().isEmpty()) {
                        counted.add(new Tally(origin, voided.branch(), voided.on(), voided.counts(), voided.amounts(),
                                -1));
                    }
                }
                case Effect.TransferredIn transfer -> {
                    Effect.Step arrived = transfer.arrived();
                    touched.add(arrived.branch());
                    moves.add(Move.arrival(origin, arrived.candidateId(), arrived.branch(), arrived.stage()));
                }
                case Effect.ClassHeld held -> {
                    touched.add(held.organiser());
                    counted.add(new Tally(origin, held.organiser(), held.heldOn(), held.counts()));
                }
                case Effect.ReceivedOnly receivedOnly -> {
                }
            }
        }
        Set<Origin> behind = registrations.isEmpty() && assignments.isEmpty() ? Set.of()
                : behindTheirLogs(registrations.stream().map(Hierarchy.Registered::origin),
                assignments.stream().map(Quotas.Assigned::origin));
        sideBySide(() -> {
            hierarchy.registerAll(inOrder(registrations, Hierarchy.Registered::origin, behind, false));
            hierarchy.registerAllLate(inOrder(registrations, Hierarchy.Registered::origin, behind, true));
            quotas.assignAll(inOrder(assignments, Quotas.Assigned::origin, behind, false));
            quotas.assignAllLate(inOrder(assignments, Quotas.Assigned::origin, behind, true));
            candidates.move(moves);
        }, () -> {
            tallies.add(counted);
            findings.add(found);
        });
        logs.received(noted);
        if (!batch.isEmpty()) {
            events.publishEvent(new FiguresChanged(touched));
        }
        return new Outcome(refused, waiting, !registrations.isEmpty());
    }

    /**
     * The origins among these at or below their log's progress before this batch: a record kept
     * waiting for its unit when it first came (its log noted past it then), now taken in again, or delivered again once
     * its unit is known. What it writes is written late ({@link Hierarchy#registerAllLate},
     * {@link Quotas#assignAllLate}), where every instance finds it. Only registrations and quotas ever wait; a step
     * delivered again changes nothing.
     */
    private Set<Origin> behindTheirLogs(Stream<Origin> registered, Stream<Origin> assigned) {
        List<Origin> origins = Stream.concat(registered, assigned).toList();
        Map<String, Long> progress = new HashMap<>();
        logs.of(origins.stream().map(origin -> origin.log().value()).collect(Collectors.toSet()))
                .forEach(log -> progress.put(log.log(), log.lastSequence()));
        return origins.stream()
                .filter(origin -> origin.sequence() <= progress.getOrDefault(origin.log().value(), 0L))
                .collect(Collectors.toSet());
    }

    /** Those of {@code effects} behind their logs ({@code late}), or the others, in their order. */
    private static <T> List<T> inOrder(List<T> effects, Function<T, Origin> origin, Set<Origin> behind, boolean late) {
        if (behind.isEmpty()) {
            return late ? List.of() : effects;
        }
        return effects.stream().filter(effect -> behind.contains(origin.apply(effect)) == late).toList();
    }

    /**
     * Runs {@code here} on this thread and {@code beside} on a virtual thread at the same time, and returns once both
     * are done, throwing the first failure (the other's added to it as suppressed). The two write different
     * collections, each under its own guards, so neither depends on the other's being written; the store takes two
     * writers' bulks at 1.5–1.9 times one writer's rate (the province benchmark's "store alone" figure).
     */
    private static void sideBySide(Runnable here, Runnable beside) {
        CompletableFuture<Void> other = CompletableFuture.runAsync(beside,
                task -> Thread.ofVirtual().name("intake-beside").start(task));
        RuntimeException failure = null;
        try {
            here.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            other.join();
        } catch (CompletionException e) {
            RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime : e;
            if (failure == null) {
                failure = cause;
            } else {
                failure.addSuppressed(cause);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The units no log and no staff change has registered yet, of those named. */
    public Set<UnitCode> unknown(Collection<UnitCode> units) {
        if (units.isEmpty()) {
            return Set.of();
        }
        UnitTree tree = hierarchy.tree();
        Set<UnitCode> unknown = new HashSet<>();
        units.stream().filter(unit -> tree.history(unit).isEmpty()).forEach(unknown::add);
        return unknown;
    }

    /**
     * Sorts out the registrations and quotas their committees may not make, and those that cannot be judged yet; the
     * tree is read only for a batch that has any.
     */
    private void judge(List<Received> batch, Map<Received, Refusal> refused, Map<Received, UnitCode> waiting) {
        Authority authority = null;
        for (Received event : batch) {
            if (event.effect() instanceof Effect.Registration || event.effect() instanceof Effect.Assignment) {
                if (authority == null) {
                    authority = new Authority(hierarchy.tree());
                }
                switch (authority.check(event.origin().log(), event.effect())) {
                    case Verdict.Allowed allowed -> {
                    }
                    case Verdict.Refused no -> refused.put(event, no.refusal());
                    case Verdict.Waiting notYet -> waiting.put(event, notYet.unknown());
                }
            }
        }
    }
}
