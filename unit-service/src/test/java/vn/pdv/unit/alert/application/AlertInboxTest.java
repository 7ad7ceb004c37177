package vn.pdv.unit.alert.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pdv.unit.alert.Alert;
import vn.pdv.unit.alert.AlertId;
import vn.pdv.unit.alert.AlertKind;
import vn.pdv.unit.alert.Alerts;
import vn.pdv.unit.alert.PlanStatus;
import vn.pdv.unit.alert.Receipt;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.UnitKind;
import vn.pdv.unit.organisation.Units;

/** Which alerts a committee keeps, and how acknowledgement behaves; plain JUnit over in-memory ports. */
class AlertInboxTest {

    static final UnitCode COMMITTEE = new UnitCode("DUK-01");
    static final UnitCode BRANCH = new UnitCode("DUK-01-KN");
    static final Instant NOW = Instant.parse("2024-10-01T02:00:00Z");

    final InMemoryAlerts alerts = new InMemoryAlerts();
    final AlertInbox inbox = new AlertInbox(alerts, new InMemoryUnits(BRANCH), COMMITTEE,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void keepsAnAlertAddressedToTheCommitteeItself() {
        assertThat(inbox.receive(anAlert("a-1", "DUK-01"), codes("DUK-01", "DUK"))).isEqualTo(Receipt.KEPT);
        assertThat(inbox.newestFirst(false)).extracting(Alert::id).containsExactly(new AlertId("a-1"));
    }

    @Test
    void keepsAnAlertAddressedOnlyToABranchTheCommitteeManages() {
        assertThat(inbox.receive(anAlert("a-1", "DUK-01-KN"), codes("DUK-01-KN"))).isEqualTo(Receipt.KEPT);
    }

    @Test
    void ignoresAnAlertAddressedOnlyToOtherCommittees() {
        assertThat(inbox.receive(anAlert("a-1", "DUK-02-X"), codes("DUK-02-X", "DUK-02", "DUK")))
                .isEqualTo(Receipt.NOT_OURS);
        assertThat(inbox.newestFirst(false)).isEmpty();
    }

    @Test
    void keepsARedeliveredAlertOnceAndKeepsItsAcknowledgement() {
        inbox.receive(anAlert("a-1", "DUK-01"), codes("DUK-01"));
        inbox.acknowledge(new AlertId("a-1"), "Lê Văn Tám");

        assertThat(inbox.receive(anAlert("a-1", "DUK-01"), codes("DUK-01"))).isEqualTo(Receipt.ALREADY_KEPT);
        assertThat(inbox.newestFirst(false)).singleElement()
                .satisfies(alert -> assertThat(alert.acknowledgedBy()).isEqualTo("Lê Văn Tám"));
    }

    @Test
    void theFirstAcknowledgementStands() {
        inbox.receive(anAlert("a-1", "DUK-01"), codes("DUK-01"));

        Alert first = inbox.acknowledge(new AlertId("a-1"), "Lê Văn Tám").orElseThrow();
        Alert again = inbox.acknowledge(new AlertId("a-1"), "Trần Thị Hoa").orElseThrow();

        assertThat(first.acknowledgedAt()).isEqualTo(NOW);
        assertThat(again.acknowledgedBy()).isEqualTo("Lê Văn Tám");
        assertThat(inbox.newestFirst(true)).isEmpty();
    }

    @Test
    void acknowledgingAnUnknownAlertFindsNothing() {
        assertThat(inbox.acknowledge(new AlertId("no-such-alert"), "Lê Văn Tám")).isEmpty();
    }

    @Test
    void anAcknowledgementNeedsBothWhoAndWhen() {
        Alert alert = anAlert("a-1", "DUK-01");
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Alert(alert.id(), alert.unit(), alert.kind(), alert.status(), alert.previousStatus(),
                        alert.metric(), alert.period(), alert.quota(), alert.actual(), alert.percentOfPlan(),
                        alert.raisedAt(), alert.message(), NOW, null));
    }

    static Alert anAlert(String id, String unit) {
        return new Alert(new AlertId(id), new UnitCode(unit), AlertKind.STATUS_CHANGED, PlanStatus.LAGGING,
                PlanStatus.AT_RISK, "ADMISSIONS", "2024", 20, 9, new BigDecimal("45.0"),
                Instant.parse("2024-09-30T01:00:00Z"), Bilingual.of("Chậm tiến độ.", "Lagging."), null, null);
    }

    static List<UnitCode> codes(String... codes) {
        return Arrays.stream(codes).map(UnitCode::new).toList();
    }

    static final class InMemoryAlerts implements Alerts {

        private final Map<AlertId, Alert> kept = new LinkedHashMap<>();

        @Override
        public boolean saveIfNew(Alert alert) {
            return kept.putIfAbsent(alert.id(), alert) == null;
        }

        @Override
        public Optional<Alert> find(AlertId id) {
            return Optional.ofNullable(kept.get(id));
        }

        @Override
        public List<Alert> newestFirst(boolean unacknowledgedOnly) {
            return kept.values().stream().filter(alert -> !unacknowledgedOnly || !alert.acknowledged())
                    .sorted(Comparator.comparing(Alert::raisedAt).reversed()).toList();
        }

        @Override
        public boolean acknowledge(AlertId id, String by, Instant at) {
            return kept.computeIfPresent(id, (key, alert) -> alert.acknowledge(by, at)) != null;
        }
    }

    static final class InMemoryUnits implements Units {

        private final Map<UnitCode, Unit> units = new HashMap<>();

        InMemoryUnits(UnitCode... codes) {
            for (UnitCode code : codes) {
                save(new Unit(code, "Chi bộ " + code, UnitKind.SUBORDINATE_BRANCH, COMMITTEE,
                        LocalDate.of(2024, 1, 1)));
            }
        }

        @Override
        public Optional<Unit> find(UnitCode code) {
            return Optional.ofNullable(units.get(code));
        }

        @Override
        public List<Unit> all() {
            return List.copyOf(units.values());
        }

        @Override
        public void save(Unit unit) {
            units.put(unit.code(), unit);
        }
    }
}
