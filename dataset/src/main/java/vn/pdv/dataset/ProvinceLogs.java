package vn.pdv.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import vn.pdv.dataset.organisation.Branch;
import vn.pdv.dataset.organisation.Province;
import vn.pdv.dataset.organisation.Unit;
import vn.pdv.dataset.organisation.UnitCode;
import vn.pdv.dataset.pipeline.CandidateId;
import vn.pdv.dataset.pipeline.Careers;
import vn.pdv.dataset.pipeline.Contract;
import vn.pdv.dataset.pipeline.Seasons;
import vn.pdv.dataset.pipeline.Step;
import vn.pdv.dataset.quota.Period;
import vn.pdv.dataset.quota.QuotaRounds;

/**
 * One province's committees' logs, interleaved as their relays would publish them: every entry in the order staff
 * recorded it, each log numbered from 1 without gaps. A day at a time: the day's new sources (a seasonal rate spread
 * over the branches by their members), then everything recorded that day. A candidate's whole career is drawn when
 * they are identified, and only their next step waits in the queue, so memory holds the candidates in flight, never
 * the logs.
 *
 * <p>The logs open on the data set's first day with each committee's registrations, its plans for the year, and
 * (unless left out) the history of every candidate then in flight, as a committee taking up PDV would record them;
 * candidates are drawn from three years before, so that the pipeline, probation included, is full from the first day. A step goes to the log
 * of the committee the branch was under on the step's day; on 1 July 2025 the new communes' logs open with their
 * registrations, the blocs register their moved branches, and the province gives the new communes their quotas.
 */
final class ProvinceLogs implements Iterator<Entry> {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int WARM_UP_MONTHS = 36;
    private static final LocalDate NEW_TERM = LocalDate.of(2025, 10, 20);

    private final Province province;
    private final int sourcesPerYear;
    private final LocalDate from;
    private final LocalDate until;
    private final boolean importHistory;
    private final Careers careers;
    private final QuotaRounds quotas;
    private final Seasons seasons = new Seasons();
    private final SplittableRandom arrivals;
    private final SplittableRandom recording;
    private final SplittableRandom ids;
    private final double[] cumulativeMembers;
    private final PriorityQueue<Pending> queue = new PriorityQueue<>(
            Comparator.comparing(Pending::recordedAt).thenComparingLong(Pending::order));
    private final Map<UnitCode, Long> sequences = new HashMap<>();
    private final ArrayDeque<Entry> ready = new ArrayDeque<>();
    private List<Career> warmUp = new ArrayList<>();
    private LocalDate day;
    private long order;

    /** A candidate's drawn steps and how far the logs have got with them. */
    private static final class Career {
        final List<Step> steps;
        int next;
        Instant lastRecorded = Instant.MIN;

        Career(List<Step> steps) {
            this.steps = steps;
        }
    }

    /** A step of a candidate in flight on the first day, entered into the log of the committee of that day. */
    private record Imported(UnitCode log, Step step) {
    }

    /** @param career the candidate whose step this is, so that their next one is queued once it is out; else null */
    private record Pending(Instant recordedAt, long order, UnitCode log, Fact fact, Career career) {
    }

    ProvinceLogs(Province province, int sourcesPerYear, LocalDate from, LocalDate until, boolean importHistory,
                 SplittableRandom random, long quotaSeed) {
        this.province = province;
        this.sourcesPerYear = sourcesPerYear;
        this.from = from;
        this.until = until;
        this.importHistory = importHistory;
        this.careers = new Careers(province, random.split());
        this.quotas = new QuotaRounds(province, sourcesPerYear, quotaSeed);
        this.arrivals = random.split();
        this.recording = random.split();
        this.ids = random.split();
        List<Branch> branches = province.branches();
        this.cumulativeMembers = new double[branches.size()];
        double sum = 0;
        for (int b = 0; b < branches.size(); b++) {
            sum += branches.get(b).officialMembers();
            cumulativeMembers[b] = sum;
        }
        this.day = from.minusMonths(WARM_UP_MONTHS);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && (!day.isAfter(until) || !queue.isEmpty())) {
            simulate(day);
            day = day.plusDays(1);
        }
        return !ready.isEmpty();
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void simulate(LocalDate today) {
        if (today.isBefore(from)) {
            for (Career career : identifySources(today)) {
                Step last = career.steps.getLast();
                if (!terminal(last) || !last.occurredOn().isBefore(from)) {
                    warmUp.add(career);
                }
            }
            return;
        }
        if (today.equals(from)) {
            open();
        }
        if (today.isAfter(from)) {
            administer(today);
        }
        if (!today.isAfter(until)) {
            for (Career career : identifySources(today)) {
                schedule(career);
            }
        }
        Instant endOfDay = today.plusDays(1).atStartOfDay(VIETNAM).toInstant();
        while (!queue.isEmpty() && queue.peek().recordedAt().isBefore(endOfDay)) {
            emit(queue.poll());
        }
    }

    private List<Career> identifySources(LocalDate today) {
        int count = poisson(sourcesPerYear * seasons.shareOfYear(today));
        List<Career> identified = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Branch branch = province.branches().get(branchIndex(arrivals.nextDouble() * cumulativeMembers[cumulativeMembers.length - 1]));
            identified.add(new Career(careers.of(new CandidateId(EventId.uuid(ids).toString()), branch, today)));
        }
        return identified;
    }

    /** The first day: registrations, the year's plans, the history of the candidates in flight, in that order. */
    private void open() {
        boolean after = !from.isBefore(Province.REORGANISATION);
        LocalDate registeredFrom = after ? Province.REORGANISATION : from;
        Instant at = at(from, LocalTime.of(7, 0));
        for (UnitCode committee : province.committees(after)) {
            List<UnitCode> units = committee.equals(province.code()) ? List.of(committee)
                    : province.subtree(committee, after);
            for (Unit unit : province.versions(units, after, registeredFrom)) {
                push(at = at.plusMillis(1), committee, unit, null);
            }
        }
        at = at(from, LocalTime.of(7, 30));
        List<QuotaRounds.Assignment> plans = new ArrayList<>();
        if (from.getYear() <= 2025 && !after) {
            plans.addAll(quotas.term(Period.term(2020, 2025), false, LocalDate.of(2020, 12, 15)));
        }
        if (after) {
            plans.addAll(quotas.term(Period.term(2025, 2030), true, NEW_TERM));
        }
        plans.addAll(quotas.year(from.getYear(), after, from.minusDays(12)));
        for (QuotaRounds.Assignment plan : plans) {
            push(at = at.plusMillis(1), plan.log(), plan.quota(), null);
        }
        at = at(from, LocalTime.of(7, 45));
        List<Career> inFlight = new ArrayList<>();
        List<Imported> history = new ArrayList<>();
        for (Career career : warmUp) {
            int firstLive = 0;
            while (firstLive < career.steps.size() && career.steps.get(firstLive).occurredOn().isBefore(from)) {
                firstLive++;
            }
            boolean finished = firstLive == career.steps.size() && terminal(career.steps.getLast());
            if (finished) {
                continue;
            }
            if (importHistory) {
                for (int s = 0; s < firstLive; s++) {
                    Step step = career.steps.get(s);
                    history.add(new Imported(province.committeeOf(step.branch(), from), step));
                }
            }
            career.next = firstLive;
            inFlight.add(career);
        }
        // Chronologically, as a committee would enter its files; each candidate's steps stay in their order.
        history.sort(Comparator.comparing(imported -> imported.step().occurredOn()));
        for (Imported imported : history) {
            push(at = at.plusMillis(1), imported.log(), imported.step(), null);
        }
        warmUp = null;
        inFlight.forEach(career -> {
            career.lastRecorded = at(from, LocalTime.of(7, 59));
            scheduleNext(career);
        });
    }

    /** What committees record besides candidates' steps: January's plans, the reorganisation, a new term. */
    private void administer(LocalDate today) {
        boolean after = !today.isBefore(Province.REORGANISATION);
        if (today.equals(Province.REORGANISATION)) {
            Instant at = at(today, LocalTime.of(7, 0));
            // A new commune registers only itself: the units it takes over stood under districts and old communes
            // that day, outside its subtree, so the province moves them through the aggregator's API (StaffWork).
            for (Unit unit : province.versions(province.communes(), true, today)) {
                push(at = at.plusMillis(1), unit.code(), unit, null);
            }
            for (UnitCode bloc : province.blocs()) {
                List<UnitCode> moved = province.subtree(bloc, true).stream().filter(province.moved()::contains).toList();
                for (Unit unit : province.versions(moved, true, today)) {
                    push(at = at.plusMillis(1), bloc, unit, null);
                }
            }
            at = at(today, LocalTime.of(7, 30));
            for (QuotaRounds.Assignment plan : quotas.newCommunes(today.getYear(), today)) {
                push(at = at.plusMillis(1), plan.log(), plan.quota(), null);
            }
        }
        if (today.equals(NEW_TERM)) {
            Instant at = at(today, LocalTime.of(7, 30));
            for (QuotaRounds.Assignment plan : quotas.term(Period.term(2025, 2030), after, today)) {
                push(at = at.plusMillis(1), plan.log(), plan.quota(), null);
            }
        }
        if (today.getYear() > from.getYear() && today.equals(Seasons.workingDay(LocalDate.of(today.getYear(), 1, 5)))
                && !today.isAfter(until)) {
            Instant at = at(today, LocalTime.of(7, 30));
            for (QuotaRounds.Assignment plan : quotas.year(today.getYear(), after, today.minusDays(3))) {
                push(at = at.plusMillis(1), plan.log(), plan.quota(), null);
            }
        }
    }

    private void schedule(Career career) {
        career.next = 0;
        scheduleNext(career);
    }

    /** Queues the career's next step, if it happens within the data set, recorded after the one before. */
    private void scheduleNext(Career career) {
        if (career.next >= career.steps.size()) {
            return;
        }
        Step step = career.steps.get(career.next);
        if (step.occurredOn().isAfter(until)) {
            return;
        }
        Instant recordedAt = recordedAt(step.occurredOn());
        if (!recordedAt.isAfter(career.lastRecorded)) {
            recordedAt = career.lastRecorded.plusSeconds(1 + recording.nextInt(600));
        }
        push(recordedAt, province.committeeOf(step.branch(), step.occurredOn()), step, career);
    }

    private void push(Instant recordedAt, UnitCode log, Fact fact, Career career) {
        queue.add(new Pending(recordedAt, order++, log, fact, career));
    }

    private void emit(Pending pending) {
        long sequence = sequences.merge(pending.log(), 1L, Long::sum);
        Instant occurredAt = pending.fact().occurredOn().atStartOfDay(VIETNAM).toInstant();
        ready.add(new Entry(pending.log(), sequence, EventId.drawn(ids), occurredAt, pending.recordedAt(),
                pending.fact()));
        Career career = pending.career();
        if (career != null) {
            career.lastRecorded = pending.recordedAt();
            career.next++;
            scheduleNext(career);
        }
    }

    /** Staff enter a step the same day or within the week, in office hours. */
    private Instant recordedAt(LocalDate occurredOn) {
        int draw = recording.nextInt(100);
        int delay = draw < 45 ? 0 : draw < 70 ? 1 : 2 + recording.nextInt(6);
        LocalDate on = Seasons.workingDay(occurredOn.plusDays(delay));
        return at(on, LocalTime.of(8, 0)).plusSeconds(recording.nextInt(9 * 3600));
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(VIETNAM).toInstant();
    }

    private static boolean terminal(Step step) {
        return step.stage() == Contract.Stage.EXITED || step.stage() == Contract.Stage.OFFICIAL_MEMBER;
    }

    private int branchIndex(double at) {
        int found = Arrays.binarySearch(cumulativeMembers, at);
        return Math.min(cumulativeMembers.length - 1, found < 0 ? -found - 1 : found);
    }

    private int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * arrivals.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = arrivals.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= arrivals.nextDouble();
            count++;
        }
        return count;
    }

}
