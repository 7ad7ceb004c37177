package vn.pdv.aggregator.alert.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.alert.AlertId;
import vn.pdv.aggregator.alert.AlertKind;
import vn.pdv.aggregator.alert.Alerts;
import vn.pdv.aggregator.alert.Message;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.status.Status;

/** Acknowledging alerts on the stored alerts: each addressee for itself, once, and only what was addressed to it. */
@AggregatorTest
class AlertInboxTest {

    @Autowired
    Alerts alerts;

    @Autowired
    AlertInbox inbox;

    private final String prefix = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final UnitCode bloc = new UnitCode(prefix);
    private final UnitCode organisation = new UnitCode(prefix + "-1");
    private final UnitCode sibling = new UnitCode(prefix + "-2");

    private AlertId raised() {
        AlertId id = new AlertId("status|" + organisation + "|ADMISSIONS|2024|1|LAGGING");
        alerts.add(new Alert(id, AlertKind.STATUS_CHANGED, organisation, "Đảng bộ Thử", List.of(organisation, bloc),
                Status.LAGGING, null, "ADMISSIONS", "2024", 10, 1, null, Instant.parse("2024-06-30T00:00:00Z"),
                new Message("Chậm tiến độ", "Lagging"), List.of()));
        return id;
    }

    @Test
    void eachAddresseeAcknowledgesForItselfAndTheFirstAcknowledgementStands() {
        AlertId alert = raised();

        assertThat(inbox.acknowledge(alert, organisation, "subject-1")).isEqualTo(AlertInbox.Outcome.ACKNOWLEDGED);
        assertThat(inbox.acknowledge(alert, organisation, "subject-2"))
                .isEqualTo(AlertInbox.Outcome.ALREADY_ACKNOWLEDGED);

        AlertInbox.Received seen = inbox.latest(organisation, 10).getFirst();
        assertThat(seen.acknowledged()).hasValueSatisfying(first -> assertThat(first.by()).isEqualTo("subject-1"));
        assertThat(inbox.latest(bloc, 10).getFirst().acknowledged()).as("the bloc has not seen it yet").isEmpty();
    }

    @Test
    void anAlertNotAddressedToTheUnitCannotBeAcknowledgedByIt() {
        AlertId alert = raised();

        assertThat(inbox.acknowledge(alert, sibling, "subject-1"))
                .isEqualTo(AlertInbox.Outcome.NOT_ADDRESSED_TO_UNIT);
        assertThat(inbox.acknowledge(new AlertId("status|none"), organisation, "subject-1"))
                .isEqualTo(AlertInbox.Outcome.NOT_ADDRESSED_TO_UNIT);
    }
}
