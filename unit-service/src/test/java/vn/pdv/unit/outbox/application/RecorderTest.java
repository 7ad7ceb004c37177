package vn.pdv.unit.outbox.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.pdv.unit.pipeline.CandidateFixture.ADMITTED_ON;
import static vn.pdv.unit.pipeline.CandidateFixture.RULES;
import static vn.pdv.unit.pipeline.CandidateFixture.aCeremony;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.pdv.unit.CommitteeProperties;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.outbox.LoggedEvent;
import vn.pdv.unit.outbox.UnitEvent;
import vn.pdv.unit.pipeline.Candidate;
import vn.pdv.unit.pipeline.CandidateAdmitted;
import vn.pdv.unit.pipeline.CandidateFixture;
import vn.pdv.unit.pipeline.Stage;

/**
 * The {@link Recorder}'s promise: decisions about one aggregate are taken one at a time, so two requests cannot both
 * pass a rule that only one may pass. Two ceremonies for one candidate, on two threads released together: whichever
 * decides first is held inside its decision, which it has already taken, until the other has reached the candidate's
 * lock. Without the lock the other would decide on the same state meanwhile, and both would be recorded.
 */
class RecorderTest {

    private static final UnitCode COMMITTEE = new UnitCode("DUK-01");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final InMemoryEventLog log = new InMemoryEventLog(COMMITTEE);
    // Never started: recording only tells it the last sequence appended.
    private final Relay relay = new Relay(log, null, null, new CommitteeProperties(COMMITTEE.value()), null,
            Clock.systemUTC());
    private final Recorder recorder = new Recorder(log, new CommitteeProperties(COMMITTEE.value()), Clock.systemUTC(), relay);

    private final AtomicReference<Candidate> candidate = new AtomicReference<>(CandidateFixture.at(Stage.ADMISSION_DECIDED));
    private final AtomicReference<Thread> firstToDecide = new AtomicReference<>();
    private final CountDownLatch firstHasDecided = new CountDownLatch(1);
    private final CountDownLatch firstMayGoOn = new CountDownLatch(1);

    @AfterEach
    void close() {
        recorder.close();
    }

    @Test
    void ofTwoCeremoniesForOneCandidateAtOnceOnlyOneIsRecordedAndTheOtherRefused() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        Queue<Outcome<CandidateAdmitted>> outcomes = new ConcurrentLinkedQueue<>();
        List<Thread> requests = List.of(1, 2).stream().map(request -> Thread.ofPlatform().name("ceremony-" + request)
                .start(() -> {
                    awaitQuietly(together);
                    outcomes.add(admit());
                })).toList();

        assertThat(firstHasDecided.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("a ceremony was decided").isTrue();
        Thread other = requests.stream().filter(request -> request != firstToDecide.get()).findFirst().orElseThrow();
        await().atMost(PATIENCE).until(() -> other.getState() == Thread.State.WAITING
                || other.getState() == Thread.State.TERMINATED);
        firstMayGoOn.countDown();
        for (Thread request : requests) {
            request.join(PATIENCE);
        }

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(outcome -> outcome instanceof Outcome.Accepted).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome instanceof Outcome.Refused<CandidateAdmitted> refused
                && refused.violation().code() == RuleCode.STEP_NOT_ALLOWED).hasSize(1);
        assertThat(log.events()).extracting(LoggedEvent::payload).singleElement()
                .isInstanceOfSatisfying(UnitEvent.CandidateStep.class,
                        step -> assertThat(step.event()).isInstanceOf(CandidateAdmitted.class));
        assertThat(candidate.get().stage()).isEqualTo(Stage.PROBATIONARY_MEMBER);
        assertThat(candidate.get().history()).filteredOn(CandidateAdmitted.class::isInstance).hasSize(1);
    }

    /** The ceremony, decided on the candidate as recorded so far; the first to decide waits before it is recorded. */
    private Outcome<CandidateAdmitted> admit() {
        return recorder.record(candidate.get().id(), () -> {
            Outcome<CandidateAdmitted> decided = candidate.get().admit(aCeremony(ADMITTED_ON), RULES);
            if (firstToDecide.compareAndSet(null, Thread.currentThread())) {
                firstHasDecided.countDown();
                awaitQuietly(firstMayGoOn);
            }
            return decided;
        }, UnitEvent.CandidateStep::new, admitted -> candidate.updateAndGet(current -> current.apply(admitted)));
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
