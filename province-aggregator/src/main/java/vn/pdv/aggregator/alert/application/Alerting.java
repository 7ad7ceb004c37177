package vn.pdv.aggregator.alert.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.pdv.aggregator.alert.Addressee;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.alert.AlertId;
import vn.pdv.aggregator.alert.AlertKind;
import vn.pdv.aggregator.alert.AlertMessages;
import vn.pdv.aggregator.alert.AlertSender;
import vn.pdv.aggregator.alert.Channel;
import vn.pdv.aggregator.alert.Contacts;
import vn.pdv.aggregator.alert.Delivery;
import vn.pdv.aggregator.alert.LastStatus;
import vn.pdv.aggregator.alert.Message;
import vn.pdv.aggregator.alert.StatusKey;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.status.Status;
import vn.pdv.aggregator.status.UnitStatus;

/**
 * Puts alerts together: who they are addressed to, what they say, and the deliveries they owe, planned when raised
 * from the contacts registered then. Every alert goes where the senders say every alert goes (the topic); each
 * addressee's e-mail addresses and webhooks get one delivery each (an address registered by two committees gets one).
 */
@Component
class Alerting {

    private final Addressees addressees;
    private final Contacts contacts;
    private final List<Broadcast> everyAlert;

    /** A target every alert is delivered to. */
    private record Broadcast(Channel channel, String to) {
    }

    Alerting(Addressees addressees, Contacts contacts, List<AlertSender> senders) {
        this.addressees = addressees;
        this.contacts = contacts;
        this.everyAlert = senders.stream().sorted(Comparator.comparing(AlertSender::channel))
                .flatMap(sender -> sender.everyAlertGoesTo().stream().map(to -> new Broadcast(sender.channel(), to)))
                .toList();
    }

    /**
     * @param before null for a first judgement
     * @return the alert, with an id fixed by the key, the version the change makes and the new status
     */
    Alert statusChanged(UnitStatus now, LastStatus before, Instant at) {
        StatusKey key = StatusKey.of(now);
        long version = before == null ? 1 : before.version() + 1;
        Status previous = before == null || before.status() == Status.UNKNOWN ? null : before.status();
        List<UnitCode> to = addressees.of(now.unit(), now.unitName(), now.asOf()).stream().map(Addressee::code).toList();
        return new Alert(new AlertId("status|" + key.value() + "|" + version + "|" + now.status()),
                AlertKind.STATUS_CHANGED, now.unit(), now.unitName(), to, now.status(), previous,
                now.metric().name(), now.period().code(), now.quota(), now.actual(),
                AlertMessages.percentOfPlan(now.quota(), now.actual()), at.truncatedTo(ChronoUnit.MILLIS),
                AlertMessages.statusChanged(now, previous), deliveries(to, at));
    }

    /**
     * One digest per committee with anything at risk or lagging beneath it (itself included), on the given day.
     * A committee with nothing to worry about gets none: a digest is worth opening only when it asks for action.
     */
    List<Alert> digests(Collection<UnitStatus> statuses, LocalDate on, Instant at) {
        Map<UnitCode, Addressee> committees = new LinkedHashMap<>();
        Map<UnitCode, List<UnitStatus>> beneath = new LinkedHashMap<>();
        for (UnitStatus status : statuses) {
            for (Addressee committee : addressees.of(status.unit(), status.unitName(), status.asOf())) {
                committees.putIfAbsent(committee.code(), committee);
                beneath.computeIfAbsent(committee.code(), code -> new ArrayList<>()).add(status);
            }
        }
        List<Alert> digests = new ArrayList<>();
        beneath.forEach((code, judged) -> {
            List<UnitStatus> concerning = judged.stream()
                    .filter(status -> status.status() == Status.AT_RISK || status.status() == Status.LAGGING)
                    .sorted(Comparator.comparing((UnitStatus status) -> AlertMessages.SEVERITY.indexOf(status.status()))
                            .thenComparing(status -> status.unit().value()))
                    .toList();
            if (!concerning.isEmpty()) {
                digests.add(digest(committees.get(code), judged, concerning, on, at));
            }
        });
        return digests;
    }

    private Alert digest(Addressee committee, List<UnitStatus> judged, List<UnitStatus> concerning, LocalDate on,
                         Instant at) {
        Map<Status, Long> counts = judged.stream().collect(Collectors.groupingBy(UnitStatus::status,
                Collectors.counting()));
        String periods = judged.stream().map(UnitStatus::period).distinct().sorted()
                .map(Period::code).collect(Collectors.joining(","));
        List<UnitCode> to = List.of(committee.code());
        return new Alert(new AlertId("digest|" + committee.code() + "|" + on), AlertKind.DIGEST, committee.code(),
                committee.name(), to, concerning.getFirst().status(), null, Alert.ALL_METRICS, periods, null,
                concerning.size(), null, at.truncatedTo(ChronoUnit.MILLIS),
                AlertMessages.digest(committee, on, concerning, counts), deliveries(to, at));
    }

    /**
     * A record of {@code committee}'s log (as its key claims) not applied: one alert per committee, reason and day,
     * so that a flood of forgeries raises one alert, not one per record (the dead-letter topic keeps every record).
     */
    Alert eventRefused(UnitCode committee, List<UnitCode> to, String reason, Message message, LocalDate on,
                       Instant at) {
        return new Alert(new AlertId("refused|" + committee.value() + "|" + reason + "|" + on), AlertKind.EVENT_REFUSED,
                committee, committee.value(), to, Status.UNKNOWN, null, reason, on.toString(), null, 0, null,
                at.truncatedTo(ChronoUnit.MILLIS), message, deliveries(to, at));
    }

    private List<Delivery> deliveries(List<UnitCode> addressedTo, Instant at) {
        List<Delivery> planned = new ArrayList<>();
        everyAlert.forEach(target -> planned.add(Delivery.pending(target.channel(), target.to(), at)));
        Set<String> emails = new LinkedHashSet<>();
        Set<String> webhooks = new LinkedHashSet<>();
        for (UnitCode unit : addressedTo) {
            contacts.find(unit).ifPresent(found -> {
                emails.addAll(found.emails());
                found.webhooks().stream().map(Object::toString).forEach(webhooks::add);
            });
        }
        emails.forEach(email -> planned.add(Delivery.pending(Channel.EMAIL, email, at)));
        webhooks.forEach(url -> planned.add(Delivery.pending(Channel.WEBHOOK, url, at)));
        return planned;
    }
}
