package vn.pdv.aggregator.alert.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.alert.AlertSender;
import vn.pdv.aggregator.alert.Alerts;
import vn.pdv.aggregator.alert.Channel;
import vn.pdv.aggregator.alert.Delivery;
import vn.pdv.aggregator.alert.LastStatuses;
import vn.pdv.aggregator.alert.StatusKey;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.status.Status;
import vn.pdv.aggregator.status.StatusJudge;
import vn.pdv.aggregator.status.UnitStatus;
import vn.pdv.events.AlertKind;
import vn.pdv.events.AlertRaised;
import vn.pdv.events.FulfilmentStatus;
import vn.pdv.schemas.Topics;
import vn.pdv.stack.JsonApi;

/**
 * Alerts end to end on the real broker, registry and MongoDB, a real SMTP server (GreenMail) and a real HTTP server
 * for webhooks. Statuses come from a fake judge the tests set; the tree arrives as UnitRegistered events. Checks and
 * digests are triggered by the tests (the schedule is pushed out of the way).
 */
@AggregatorTest
// The webhook receiver is a plain-http server on loopback: allowed only because this test lets webhooks reach private
// addresses, which with them allows http (WebhookTargets); WebhookPolicyTest holds the production rules.
@TestPropertySource(properties = {"pdv.aggregator.alerts.check-every=PT1H", "pdv.aggregator.alerts.digest-cron=-",
        "pdv.alerts.webhook.allowed-hosts=127.0.0.1", "pdv.alerts.webhook.allow-private-addresses=true"})
class AlertsTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    static final Webhooks WEBHOOKS = new Webhooks();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @AfterAll
    static void stopWebhooks() {
        WEBHOOKS.close();
    }

    /** Until the real judge is merged in, and beside it afterwards: statuses as each test sets them. */
    @TestConfiguration
    static class Judging {

        @Bean
        @Primary
        FakeStatuses fakeStatuses() {
            return new FakeStatuses();
        }
    }

    static final class FakeStatuses implements StatusJudge {

        private final Map<StatusKey, UnitStatus> judged = new ConcurrentHashMap<>();

        void judge(String unit, Status status) {
            long actual = switch (status) {
                case MET -> 20;
                case ON_TRACK -> 14;
                case AT_RISK -> 11;
                case LAGGING -> 9;
                case UNKNOWN -> 3;
            };
            UnitStatus judgement = new UnitStatus(new UnitCode(unit), "Đơn vị " + unit, Metric.ADMISSIONS,
                    Period.year(2024), LocalDate.of(2024, 9, 2), status == Status.UNKNOWN ? null : 20, actual, 13,
                    status, actual + "/20, cần 13 theo tiến độ", actual + "/20, 13 expected by now");
            judged.put(StatusKey.of(judgement), judgement);
        }

        /** Each test judges only its own units, so that its checks count its own alerts. */
        void forgetAll() {
            judged.clear();
        }

        @Override
        public List<UnitStatus> judgeAll(LocalDate asOf) {
            return List.copyOf(judged.values());
        }

        /** The plans' own targets have a test of their own ({@code TargetAlertsTest}), on the real judge. */
        @Override
        public List<UnitStatus> judgeTargets(LocalDate asOf) {
            return List.of();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    FakeStatuses statuses;
    @Autowired
    AlertWatcher watcher;
    @Autowired
    DigestSender digests;
    @Autowired
    Addressees addressees;
    @Autowired
    StatusJudge judges;
    @Autowired
    LastStatuses lastStatuses;
    @Autowired
    Alerts alerts;
    @Autowired
    Alerting alerting;
    @Autowired
    List<AlertSender> senders;
    @Autowired
    AlertProperties properties;
    @Autowired
    Clock clock;

    JsonApi api;

    @BeforeEach
    void clients() {
        statuses.forgetAll();
        api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
    }

    @Test
    void aChangeOfStatusIsOneAlertOnTheTopicOneEmailAndOneWebhookCallAndNothingMoreWhileItHolds() throws Exception {
        UnitLog tree = tree("A", "B");
        String committee = tree.committee();
        String branch = tree.unit("B");
        String secretary = "vp@" + committee.toLowerCase() + ".example.vn";
        String hook = "/hook/" + committee;
        assertThat(putContacts(committee, Map.of("emails", List.of(secretary))).status()).isEqualTo(200);
        assertThat(putContacts(tree.unit("A"), Map.of("webhooks", List.of(WEBHOOKS.url(hook)))).status()).isEqualTo(200);

        statuses.judge(branch, Status.ON_TRACK);
        assertThat(watcher.check().raised()).as("a first judgement on track is not news").isZero();
        statuses.judge(branch, Status.AT_RISK);
        assertThat(watcher.check().raised()).isEqualTo(1);

        List<ConsumerRecord<String, Object>> onTheTopic = AlertsTopic.read(alert -> alert.getUnitCode().equals(branch),
                committee);
        assertThat(onTheTopic).hasSize(1);
        assertThat(AlertsTopic.exists(branch)).as("a topic for the branch, which runs no unit service").isFalse();
        assertThat(AlertsTopic.exists(tree.unit("A"))).isFalse();
        assertThat(onTheTopic.getFirst().key()).isEqualTo(branch);
        assertThat(AlertsTopic.subjects()).as("one subject for every committee's alerts")
                .contains("vn.pdv.events.AlertRaised")
                .doesNotContain(Topics.alertsFor(committee) + "-vn.pdv.events.AlertRaised");
        AlertRaised raised = (AlertRaised) onTheTopic.getFirst().value();
        assertThat(raised.getKind()).isEqualTo(AlertKind.STATUS_CHANGED);
        assertThat(raised.getStatus()).isEqualTo(FulfilmentStatus.AT_RISK);
        assertThat(raised.getPreviousStatus()).isEqualTo(FulfilmentStatus.ON_TRACK);
        assertThat(raised.getAddressedTo()).extracting(Object::toString).containsExactly(branch, tree.unit("A"), committee);
        assertThat(raised.getMetric()).isEqualTo("ADMISSIONS");
        assertThat(raised.getPeriodLabel()).isEqualTo("2024");
        assertThat(raised.getQuota()).isEqualTo(20);
        assertThat(raised.getActual()).isEqualTo(11);
        assertThat(raised.getPercentOfPlan()).isEqualTo("55.0");
        assertThat(raised.getMessageVi()).startsWith("Có nguy cơ không đạt: kết nạp đảng viên năm 2024, 11/20 (55,0%)");
        assertThat(raised.getMessageEn()).startsWith("At risk: 2024 admissions, 11/20 (55.0%)");

        List<MimeMessage> mail = mailTo(secretary);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().getSubject()).startsWith("[PDV] Có nguy cơ không đạt: kết nạp đảng viên năm 2024");
        String body = GreenMailUtil.getBody(mail.getFirst());
        assertThat(mail.getFirst().getContent().toString()).contains("Trước đó: đúng tiến độ.", "— English —",
                "Previously: on track.");
        assertThat(body).isNotBlank();
        assertThat(WEBHOOKS.callsTo(hook)).hasSize(1);
        assertThat(WEBHOOKS.callsTo(hook).getFirst().alertId()).isEqualTo(raised.getAlertId().toString());
        assertThat(WEBHOOKS.callsTo(hook).getFirst().body()).contains("\"status\":\"AT_RISK\"",
                "\"previousStatus\":\"ON_TRACK\"", "\"unitCode\":\"" + branch + "\"");

        var check = watcher.check();
        assertThat(check.raised()).as("the same status again").isZero();
        assertThat(AlertsTopic.read(alert -> alert.getUnitCode().equals(branch), committee)).hasSize(1);
        assertThat(mailTo(secretary)).hasSize(1);
        assertThat(WEBHOOKS.callsTo(hook)).hasSize(1);

        var listed = api.get("/api/alerts?unit=" + committee + "&since=2000-01-01");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.<List<String>>read("$[*].id")).containsExactly(raised.getAlertId().toString());
        assertThat(listed.<List<String>>read("$[0].deliveries[*].channel")).containsExactly("KAFKA", "EMAIL", "WEBHOOK");
        assertThat(listed.<List<String>>read("$[0].deliveries[*].state"))
                .containsExactly("DELIVERED", "DELIVERED", "DELIVERED");
        assertThat(listed.<String>read("$[0].message")).isEqualTo(raised.getMessageVi().toString());
        assertThat(api.get("/api/alerts?unit=" + branch).<List<String>>read("$[*].id")).hasSize(1);
        assertThat(api.get("/api/alerts?unit=" + committee + "&since=2999-01-01").<List<String>>read("$[*].id")).isEmpty();
    }

    @Test
    void aFirstJudgementAlertsOnlyWhenAtRiskOrLaggingAndEachLaterChangeOnce() {
        UnitLog tree = tree("A", "B");
        String lagging = tree.unit("A");
        String met = tree.unit("B");
        statuses.judge(lagging, Status.LAGGING);
        statuses.judge(met, Status.MET);

        watcher.check();
        statuses.judge(lagging, Status.ON_TRACK);
        watcher.check();
        watcher.check();

        var aboutLagging = api.get("/api/alerts?unit=" + lagging);
        assertThat(aboutLagging.<List<String>>read("$[*].status")).containsExactly("ON_TRACK", "LAGGING");
        assertThat(aboutLagging.<List<String>>read("$[*].previousStatus")).containsExactly("LAGGING", null);
        assertThat(api.get("/api/alerts?unit=" + met).<List<String>>read("$[*].id")).isEmpty();
    }

    @Test
    void twoInstancesCheckingAtOnceRaiseAndDeliverEachChangeOnce() throws Exception {
        UnitLog tree = tree("A", "B");
        String secretary = "vp@" + tree.committee().toLowerCase() + ".example.vn";
        putContacts(tree.committee(), Map.of("emails", List.of(secretary)));
        AlertWatcher other = new AlertWatcher(judges, lastStatuses, alerts, alerting,
                new AlertDispatcher(alerts, senders, properties, clock), clock);
        var both = Executors.newFixedThreadPool(2);
        try {
            for (Status next : List.of(Status.AT_RISK, Status.LAGGING, Status.ON_TRACK)) {
                statuses.judge(tree.unit("B"), next);
                CyclicBarrier start = new CyclicBarrier(2);
                Callable<AlertWatcher.Check> here = () -> { start.await(); return watcher.check(); };
                Callable<AlertWatcher.Check> there = () -> { start.await(); return other.check(); };
                var results = both.invokeAll(List.of(here, there));
                assertThat(results.get(0).get().raised() + results.get(1).get().raised()).as(next.name()).isEqualTo(1);
            }
        } finally {
            both.shutdown();
        }

        assertThat(api.get("/api/alerts?unit=" + tree.committee()).<List<String>>read("$[*].status"))
                .containsExactly("ON_TRACK", "LAGGING", "AT_RISK");
        assertThat(AlertsTopic.read(alert -> alert.getUnitCode().equals(tree.unit("B")), tree.committee())).hasSize(3);
        assertThat(mailTo(secretary)).hasSize(3);
    }

    @Test
    void threeInstancesCheckingManyChangesAtOnceRecordEachOnceAndRaiseOneAlertPerChange() throws Exception {
        UnitLog tree = tree("A", "B", "C");
        List<String> units = List.of(tree.committee(), tree.unit("A"), tree.unit("B"), tree.unit("C"));
        List<AlertWatcher> instances = List.of(watcher,
                new AlertWatcher(judges, lastStatuses, alerts, alerting,
                        new AlertDispatcher(alerts, senders, properties, clock), clock),
                new AlertWatcher(judges, lastStatuses, alerts, alerting,
                        new AlertDispatcher(alerts, senders, properties, clock), clock));
        var all = Executors.newFixedThreadPool(instances.size());
        try {
            for (Status next : List.of(Status.LAGGING, Status.ON_TRACK, Status.AT_RISK)) {
                units.forEach(unit -> statuses.judge(unit, next));
                CyclicBarrier start = new CyclicBarrier(instances.size());
                List<Callable<AlertWatcher.Check>> checks = instances.stream()
                        .<Callable<AlertWatcher.Check>>map(instance -> () -> { start.await(); return instance.check(); })
                        .toList();
                List<AlertWatcher.Check> done = all.invokeAll(checks).stream().map(check -> {
                    try {
                        return check.get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
                assertThat(done.stream().mapToInt(AlertWatcher.Check::changed).sum()).as("recorded, " + next)
                        .isEqualTo(units.size());
                assertThat(done.stream().mapToInt(AlertWatcher.Check::raised).sum()).as("raised, " + next)
                        .isEqualTo(units.size());
            }
        } finally {
            all.shutdown();
        }

        for (String unit : units) {
            assertThat(alerts.addressedTo(new UnitCode(unit), Instant.EPOCH, 100).stream()
                    .filter(alert -> alert.unit().value().equals(unit)).map(Alert::status))
                    .as(unit).containsExactly(Status.AT_RISK, Status.ON_TRACK, Status.LAGGING);
        }
        assertThat(AlertsTopic.read(alert -> alert.getUnitCode().toString().equals(tree.unit("C")), tree.committee()))
                .hasSize(3);
    }

    @Test
    void aRoundSendsItsAlertsTogetherAndAFailedOneAmongThemStaysPendingAlone() {
        UnitLog tree = tree("A", "B");
        String refused = tree.unit("B");
        List<String> units = List.of(tree.committee(), tree.unit("A"), refused);
        AlertSender realKafka = senders.stream().filter(sender -> sender.channel() == Channel.KAFKA).findFirst()
                .orElseThrow();
        List<Integer> rounds = new CopyOnWriteArrayList<>();
        AlertSender refusingOne = new AlertSender() {
            @Override
            public Channel channel() {
                return Channel.KAFKA;
            }

            @Override
            public void send(Alert alert, String topic) {
                throw new AssertionError("a round is sent with sendAll");
            }

            @Override
            public List<CompletableFuture<Void>> sendAll(List<Sending> round) {
                rounds.add(round.size());
                var passed = realKafka.sendAll(round.stream()
                        .filter(sending -> !sending.alert().unit().value().equals(refused)).toList()).iterator();
                return round.stream().map(sending -> sending.alert().unit().value().equals(refused)
                        ? CompletableFuture.<Void>failedFuture(
                                new IllegalStateException("the broker refused " + refused))
                        : passed.next()).toList();
            }
        };
        List<AlertSender> others = senders.stream().filter(sender -> sender.channel() != Channel.KAFKA).toList();
        AlertWatcher watching = new AlertWatcher(judges, lastStatuses, alerts, alerting, new AlertDispatcher(alerts,
                java.util.stream.Stream.concat(others.stream(), java.util.stream.Stream.of(refusingOne)).toList(),
                properties, clock), clock);

        units.forEach(unit -> statuses.judge(unit, Status.LAGGING));
        AlertWatcher.Check check = watching.check();

        assertThat(check.raised()).isEqualTo(3);
        assertThat(rounds).as("one call for the whole round").hasSize(1);
        assertThat(rounds.getFirst()).isGreaterThanOrEqualTo(3);
        for (String unit : units) {
            Alert stored = alerts.addressedTo(new UnitCode(unit), Instant.EPOCH, 10).stream()
                    .filter(alert -> alert.unit().value().equals(unit)).findFirst().orElseThrow();
            var kafka = stored.deliveries().getFirst();
            assertThat(kafka.state()).as(unit)
                    .isEqualTo(unit.equals(refused) ? Delivery.State.PENDING : Delivery.State.DELIVERED);
            assertThat(kafka.lastError()).as(unit).isEqualTo(unit.equals(refused)
                    ? "the broker refused " + refused : null);
        }
        assertThat(AlertsTopic.read(alert -> alert.getUnitCode().toString().equals(tree.unit("A")), tree.committee()))
                .hasSize(1);

        // The next round, once the pause after a failure has passed, delivers it; the others are not sent again.
        new AlertDispatcher(alerts, senders, properties, Clock.offset(clock, properties.maxRetryAfter())).deliverDue();
        assertThat(AlertsTopic.read(alert -> alert.getUnitCode().toString().equals(refused), tree.committee()))
                .hasSize(1);
        assertThat(AlertsTopic.read(alert -> alert.getUnitCode().toString().equals(tree.unit("A")), tree.committee()))
                .hasSize(1);
    }

    @Test
    void aBrokerOutageDelaysAnAlertWithoutLosingItAndAFailingWebhookIsRetriedThenRecordedAsFailed() {
        UnitLog tree = tree("A");
        String unit = tree.unit("A");
        String broken = "/broken/" + tree.committee();
        putContacts(unit, Map.of("webhooks", List.of(WEBHOOKS.url(broken))));
        AtomicReference<Instant> now = new AtomicReference<>(clock.instant());
        Clock moving = new Clock() {
            @Override
            public ZoneId getZone() {
                return clock.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(now.get(), zone);
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        AtomicBoolean brokerUp = new AtomicBoolean(false);
        AlertSender realKafka = senders.stream().filter(sender -> sender.channel() == Channel.KAFKA).findFirst()
                .orElseThrow();
        AlertSender flakyKafka = new AlertSender() {
            @Override
            public Channel channel() {
                return Channel.KAFKA;
            }

            @Override
            public void send(Alert alert, String topic) {
                if (!brokerUp.get()) {
                    throw new IllegalStateException("broker unreachable");
                }
                realKafka.send(alert, topic);
            }
        };
        List<AlertSender> outage = senders.stream().filter(sender -> sender.channel() != Channel.KAFKA).toList();
        AlertDispatcher deliveries = new AlertDispatcher(alerts,
                java.util.stream.Stream.concat(outage.stream(), java.util.stream.Stream.of(flakyKafka)).toList(),
                properties, moving);
        AlertWatcher watching = new AlertWatcher(judges, lastStatuses, alerts, alerting, deliveries, moving);

        statuses.judge(unit, Status.LAGGING);
        assertThat(watching.check().raised()).isEqualTo(1);

        var stored = api.get("/api/alerts?unit=" + unit);
        assertThat(stored.<List<String>>read("$[0].deliveries[*].state")).containsExactly("PENDING", "PENDING");
        assertThat(stored.<String>read("$[0].deliveries[0].lastError")).contains("broker unreachable");
        assertThat(stored.<String>read("$[0].deliveries[1].lastError")).contains("500");
        assertThat(AlertsTopic.read(alert -> alert.getUnitCode().equals(unit), tree.committee())).isEmpty();

        brokerUp.set(true);
        now.set(now.get().plus(properties.firstRetryAfter()));
        deliveries.deliverDue();
        assertThat(AlertsTopic.read(alert -> alert.getUnitCode().equals(unit), tree.committee())).hasSize(1);
        for (int round = 0; round < properties.maxAttempts(); round++) {
            now.set(now.get().plus(properties.maxRetryAfter()));
            deliveries.deliverDue();
        }

        var after = api.get("/api/alerts?unit=" + unit);
        assertThat(after.<List<String>>read("$[0].deliveries[*].state")).containsExactly("DELIVERED", "FAILED");
        assertThat(after.<Integer>read("$[0].deliveries[0].attempts")).isEqualTo(2);
        assertThat(after.<Integer>read("$[0].deliveries[1].attempts")).isEqualTo(properties.maxAttempts());
        assertThat(WEBHOOKS.callsTo(broken)).hasSize(properties.maxAttempts());
        assertThat(AlertsTopic.read(alert -> alert.getUnitCode().equals(unit), tree.committee())).hasSize(1);
    }

    @Test
    void theDigestTellsEachCommitteeWhatIsAtRiskOrLaggingBeneathItOncePerDay() throws Exception {
        UnitLog tree = tree("A", "B");
        String committee = tree.committee();
        String secretary = "vp@" + committee.toLowerCase() + ".example.vn";
        putContacts(committee, Map.of("emails", List.of(secretary)));
        statuses.judge(committee, Status.ON_TRACK);
        statuses.judge(tree.unit("A"), Status.AT_RISK);
        statuses.judge(tree.unit("B"), Status.LAGGING);

        digests.send();
        digests.send();

        // Each unit with units beneath it has its digest; only the committee runs a unit service with a topic.
        List<ConsumerRecord<String, Object>> onTheTopic = AlertsTopic.read(alert ->
                alert.getKind() == AlertKind.DIGEST && alert.getUnitCode().toString().startsWith(committee), committee);
        assertThat(onTheTopic).extracting(ConsumerRecord::key).containsExactly(committee);
        assertThat(api.get("/api/alerts?unit=" + tree.unit("A")).<List<String>>read(
                "$[?(@.kind == 'DIGEST' && @.unitCode == '" + tree.unit("A") + "')].deliveries[*].state"))
                .containsExactly("DELIVERED");
        AlertRaised forCommittee = onTheTopic.stream().map(record -> (AlertRaised) record.value())
                .filter(alert -> alert.getUnitCode().toString().equals(committee)).findFirst().orElseThrow();
        assertThat(forCommittee.getAddressedTo()).extracting(Object::toString).containsExactly(committee);
        assertThat(forCommittee.getStatus()).isEqualTo(FulfilmentStatus.LAGGING);
        assertThat(forCommittee.getMetric()).isEqualTo("ALL");
        assertThat(forCommittee.getActual()).isEqualTo(2);
        String vi = forCommittee.getMessageVi().toString();
        assertThat(vi).contains("1 chậm tiến độ, 1 có nguy cơ không đạt, 1 đúng tiến độ");
        assertThat(vi.indexOf(tree.unit("B"))).as("worst first").isLessThan(vi.indexOf(tree.unit("A") + ")"));

        List<MimeMessage> mail = mailTo(secretary);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().getSubject()).startsWith("[PDV] Tổng hợp đến ngày");
        assertThat(api.get("/api/alerts?unit=" + committee).<List<String>>read("$[?(@.kind == 'DIGEST')].id")).hasSize(1);
    }

    @Test
    void badInputIsAProblemNamingTheFieldInVietnameseAndEnglish() {
        var noUnit = api.get("/api/alerts");
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.<String>read("$.field")).isEqualTo("unit");
        assertThat(noUnit.<String>read("$.detail")).contains("đơn vị");
        assertThat(noUnit.<String>read("$.detailEn")).contains("unit");

        var badSince = api.get("/api/alerts?unit=DUK&since=tuần-trước");
        assertThat(badSince.status()).isEqualTo(400);
        assertThat(badSince.<String>read("$.field")).isEqualTo("since");
        assertThat(badSince.<String>read("$.type")).isEqualTo("urn:pdv:problem:invalid-since");

        var badEmail = putContacts("DUK", Map.of("emails", List.of("vp@duk.example.vn", "không-phải-thư")));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.<String>read("$.field")).isEqualTo("emails[1]");
        assertThat(badEmail.<String>read("$.detail")).contains("không-phải-thư");

        var badHook = putContacts("DUK", Map.of("webhooks", List.of("ftp://duk.example.vn/x")));
        assertThat(badHook.status()).isEqualTo(400);
        assertThat(badHook.<String>read("$.field")).isEqualTo("webhooks[0]");
    }

    @Test
    void contactsReadBackAsTheyWereSet() {
        String unit = "AL" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        putContacts(unit, Map.of("emails", List.of(" vp@duk.example.vn "), "webhooks", List.of(WEBHOOKS.url("/hook/x"))));

        var contacts = api.get("/api/units/" + unit + "/contacts");
        assertThat(contacts.<List<String>>read("$.emails")).containsExactly("vp@duk.example.vn");
        assertThat(contacts.<List<String>>read("$.webhooks")).containsExactly(WEBHOOKS.url("/hook/x"));
        assertThat(api.get("/api/units/NOBODY-" + unit + "/contacts").<List<String>>read("$.emails")).isEmpty();
    }

    /** A committee with a chain of units beneath it, once the aggregator has taken in their registrations. */
    private UnitLog tree(String... chain) {
        UnitLog tree = new UnitLog();
        try (tree) {
            tree.send(tree.registered(tree.next(), tree.committee(), null));
            String parent = tree.committee();
            for (String suffix : chain) {
                tree.send(tree.registered(tree.next(), tree.unit(suffix), parent));
                parent = tree.unit(suffix);
            }
            String leaf = parent;
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    addressees.of(new UnitCode(leaf), leaf, LocalDate.of(2024, 9, 2)).size() == chain.length + 1);
        }
        return tree;
    }

    private JsonApi.Answer putContacts(String unit, Map<String, ?> contacts) {
        return api.put("/api/units/" + unit + "/contacts", contacts);
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(RecipientType.TO)).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
