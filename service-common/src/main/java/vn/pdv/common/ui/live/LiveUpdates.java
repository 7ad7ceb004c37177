package vn.pdv.common.ui.live;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Tells open pages that what they show has changed, by server-sent events per topic (e.g. a unit's code). A page
 * subscribes with htmx's SSE extension ({@code sse-connect}) and refreshes a region on the event
 * ({@code hx-trigger="sse:changed"}), fetching it in its own request, language and permissions; see the README's
 * "Live updates".
 *
 * <p>Bursts are coalesced per topic and event: the first change is pushed at once, later ones at most once per
 * {@code quietPeriod}, and the last change of a burst is always pushed, so a page never misses the final state and is
 * never asked to redraw faster than a person can read. Pushes and heartbeats happen on this class's own thread, so
 * whoever publishes (a Kafka listener) never waits for a slow browser. A heartbeat comment every {@code heartbeat}
 * finds the connections whose browser has gone and drops them; they are also dropped when the request completes,
 * times out or fails. On shutdown every stream is completed first, so the server's graceful shutdown does not wait
 * for open pages.
 *
 * <p>Limits: subscriptions live in this JVM; with several instances behind a load balancer each instance must publish
 * the changes it learns of (the aggregator's instances each consume every event, so they do). Coalescing state is
 * kept per topic that had subscribers, a few bytes each.
 */
public final class LiveUpdates implements SmartLifecycle, AutoCloseable {

    /** The event a page listens for by default: "what you show has changed, fetch it again". */
    public static final String CHANGED = "changed";

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

    /** Where pushes go: an SSE stream in production, a recording sink in tests. */
    interface Sink {
        void send(String event, String data) throws IOException;

        void heartbeat() throws IOException;

        void close();
    }

    /** One page's stream on one topic. */
    final class Subscription {
        private final String topic;
        private final Sink sink;

        private Subscription(String topic, Sink sink) {
            this.topic = topic;
            this.sink = sink;
        }

        void cancel() {
            Set<Subscription> listeners = subscriptions.get(topic);
            if (listeners != null && listeners.remove(this)) {
                LOG.debug("Page left {} ({} still open)", topic, listeners.size());
            }
        }
    }

    private record Key(String topic, String event) {
    }

    /** The coalescing state of one topic and event. */
    private static final class Throttle {
        private long lastPushNanos = Long.MIN_VALUE / 2;
        private String latest;
        private boolean scheduled;
    }

    private final Duration quietPeriod;
    private final ScheduledExecutorService pusher;
    private final Map<String, Set<Subscription>> subscriptions = new ConcurrentHashMap<>();
    private final Map<Key, Throttle> throttles = new ConcurrentHashMap<>();
    private volatile boolean running;

    /**
     * @param quietPeriod the least time between two pushes of one event on one topic (500 ms keeps a page within the
     *                    2 s the dashboard promises while a burst of steps is one redraw)
     * @param heartbeat   how often open streams are probed; a closed browser is noticed within this
     */
    public LiveUpdates(Duration quietPeriod, Duration heartbeat) {
        this.quietPeriod = quietPeriod;
        this.pusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pdv-live-updates");
            thread.setDaemon(true);
            return thread;
        });
        pusher.scheduleWithFixedDelay(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        this.running = true;
    }

    /** A stream of this topic's events for one page; return it from a controller method. */
    public SseEmitter subscribe(String topic) {
        SseEmitter emitter = new SseEmitter(0L);
        Subscription subscription = subscribe(topic, new Sink() {
            @Override
            public void send(String event, String data) throws IOException {
                emitter.send(SseEmitter.event().name(event).data(data));
            }

            @Override
            public void heartbeat() throws IOException {
                emitter.send(SseEmitter.event().comment("ping"));
            }

            @Override
            public void close() {
                emitter.complete();
            }
        });
        emitter.onCompletion(subscription::cancel);
        emitter.onTimeout(subscription::cancel);
        emitter.onError(failure -> subscription.cancel());
        return emitter;
    }

    Subscription subscribe(String topic, Sink sink) {
        Subscription subscription = new Subscription(topic, sink);
        subscriptions.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(subscription);
        LOG.debug("Page opened {}", topic);
        return subscription;
    }

    /** What pages of {@code topic} show has changed; they will fetch it again. */
    public void changed(String topic) {
        publish(topic, CHANGED, topic);
    }

    /**
     * Pushes {@code data} as event {@code event} to every page of {@code topic}, coalesced: within a quiet period
     * only the latest data is sent. Returns at once.
     */
    public void publish(String topic, String event, String data) {
        Set<Subscription> listeners = subscriptions.get(topic);
        if (!running || listeners == null || listeners.isEmpty()) {
            return;
        }
        Key key = new Key(topic, event);
        Throttle throttle = throttles.computeIfAbsent(key, k -> new Throttle());
        synchronized (throttle) {
            throttle.latest = data;
            if (throttle.scheduled) {
                return;
            }
            throttle.scheduled = true;
            long wait = Math.max(0, throttle.lastPushNanos + quietPeriod.toNanos() - System.nanoTime());
            pusher.schedule(() -> push(key, throttle), wait, TimeUnit.NANOSECONDS);
        }
    }

    /** Whether any page is open on any topic: lets a publisher skip working out topics nobody listens to. */
    public boolean anyOpen() {
        return subscriptions.values().stream().anyMatch(listeners -> !listeners.isEmpty());
    }

    /** How many pages are open on a topic. */
    public int subscribers(String topic) {
        Set<Subscription> listeners = subscriptions.get(topic);
        return listeners == null ? 0 : listeners.size();
    }

    private void push(Key key, Throttle throttle) {
        String data;
        synchronized (throttle) {
            data = throttle.latest;
            throttle.latest = null;
            throttle.scheduled = false;
            throttle.lastPushNanos = System.nanoTime();
        }
        for (Subscription subscription : listeners(key.topic())) {
            try {
                subscription.sink.send(key.event(), data);
            } catch (IOException | RuntimeException gone) {
                // IllegalStateException once the emitter completed, IOException once the browser went away
                subscription.cancel();
            }
        }
    }

    private void heartbeat() {
        subscriptions.values().forEach(listeners -> List.copyOf(listeners).forEach(subscription -> {
            try {
                subscription.sink.heartbeat();
            } catch (IOException | RuntimeException gone) {
                subscription.cancel();
            }
        }));
    }

    private List<Subscription> listeners(String topic) {
        Set<Subscription> listeners = subscriptions.get(topic);
        return listeners == null ? List.of() : List.copyOf(listeners);
    }

    @Override
    public void start() {
        running = true;
    }

    /** Completes every open stream; browsers reconnect to whichever instance serves them next. */
    @Override
    public void stop() {
        running = false;
        subscriptions.values().forEach(listeners -> List.copyOf(listeners).forEach(subscription -> {
            subscription.cancel();
            try {
                subscription.sink.close();
            } catch (RuntimeException alreadyGone) {
                // the stream was completed by its request already
            }
        }));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void close() {
        stop();
        pusher.shutdownNow();
    }
}
