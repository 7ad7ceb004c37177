package vn.pdv.aggregator.intake.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Reach;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.intake.LogProgress;
import vn.pdv.aggregator.intake.LogStatus;
import vn.pdv.aggregator.intake.Logs;
import vn.pdv.aggregator.intake.Waiting;

/**
 * Which committees report and which do not: every log received, with its gaps, quiet when it has sent nothing for
 * longer than {@code pdv.aggregator.quiet-after}, and every registered committee that keeps a log of its own (all
 * kinds but subordinate branches) yet never sent a single event. Quietness is judged on when the topic received the
 * latest event, against the injected clock, so a replay of the topic reads the same. Each log names its events waiting
 * for a unit not yet registered.
 */
@Service
public class Completeness {

    /** Unit kinds that run a unit service of their own; subordinate branches report through their committee. */
    private static final Set<String> KEEP_A_LOG = Set.of("PROVINCE_COMMITTEE", "DISTRICT_COMMITTEE",
            "BLOC_COMMITTEE", "GRASSROOTS_COMMITTEE", "GRASSROOTS_BRANCH");

    private final Logs logs;
    private final Waiting waiting;
    private final Hierarchy hierarchy;
    private final CompletenessSettings settings;
    private final Clock clock;

    Completeness(Logs logs, Waiting waiting, Hierarchy hierarchy, CompletenessSettings settings, Clock clock) {
        this.logs = logs;
        this.waiting = waiting;
        this.hierarchy = hierarchy;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every committee the aggregator knows of, by log code. */
    public List<LogStatus> all() {
        return all(Reach.everything());
    }

    /** The committees within {@code reach}, by log code; the logs of no others are read. */
    public List<LogStatus> all(Reach reach) {
        return statuses(hierarchy.all(), reach, code -> true);
    }

    /** The committees in a unit's subtree (the unit itself included); empty when the code is neither unit nor log. */
    public Optional<List<LogStatus>> within(UnitCode unit) {
        return within(unit, Reach.everything());
    }

    /** Like {@link #within(UnitCode)}, within {@code reach} only. */
    public Optional<List<LogStatus>> within(UnitCode unit, Reach reach) {
        Set<String> subtree = hierarchy.subtree(unit).stream().map(UnitCode::value).collect(Collectors.toSet());
        subtree.add(unit.value());
        List<LogStatus> statuses = statuses(hierarchy.all(), reach, subtree::contains);
        return statuses.isEmpty() && hierarchy.find(unit).isEmpty() ? Optional.empty() : Optional.of(statuses);
    }

    private List<LogStatus> statuses(Collection<Unit> units, Reach reach, Predicate<String> within) {
        Instant quietBefore = clock.instant().minus(settings.quietAfter());
        List<LogProgress> read = switch (reach) {
            case Reach.Everything everything -> logs.all();
            case Reach.Only only -> logs.of(only.codes().stream().map(UnitCode::value).toList());
        };
        Map<String, LogProgress> received = read.stream()
                .collect(Collectors.toMap(LogProgress::log, Function.identity()));
        Map<String, List<LogStatus.WaitingEvent>> waits = new HashMap<>();
        waiting.summaries().stream().sorted(Comparator.comparingLong(Waiting.Kept.Summary::sequence))
                .forEach(event -> waits.computeIfAbsent(event.log().value(), log -> new ArrayList<>())
                        .add(new LogStatus.WaitingEvent(event.sequence(), event.waitingFor().value())));
        List<LogStatus> statuses = new ArrayList<>();
        received.values().stream().filter(progress -> within.test(progress.log())).forEach(progress -> {
            Instant last = progress.lastReceivedAt() != null ? progress.lastReceivedAt() : progress.lastRecordedAt();
            var activity = last == null || last.isBefore(quietBefore) ? LogStatus.Activity.QUIET
                    : LogStatus.Activity.ACTIVE;
            statuses.add(new LogStatus(progress.log(), activity, progress.lastSequence(), progress.lastRecordedAt(),
                    progress.lastReceivedAt(), progress.gaps(), waits.getOrDefault(progress.log(), List.of())));
        });
        units.stream()
                // By name, so that a kind held as a string or as an enum reads alike.
                .filter(unit -> KEEP_A_LOG.contains(String.valueOf(unit.kind())) && reach.covers(unit.code()))
                .map(unit -> unit.code().value())
                .filter(code -> within.test(code) && !received.containsKey(code))
                .forEach(code -> statuses.add(new LogStatus(code, LogStatus.Activity.NEVER_SENT, 0, null, null,
                        List.of(), List.of())));
        statuses.sort(Comparator.comparing(LogStatus::log));
        return statuses;
    }
}
