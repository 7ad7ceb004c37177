package vn.pdv.unit.outbox.web;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.pdv.unit.outbox.OutboxStatus;
import vn.pdv.unit.outbox.application.Relay;

/**
 * The outbox in the actuator's health details ({@code outbox}). A failing link reports OUT_OF_SERVICE,
 * not DOWN: the service keeps recording while it lasts and delivers when it returns.
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    private final Relay relay;

    OutboxHealthIndicator(Relay relay) {
        this.relay = relay;
    }

    @Override
    public Health health() {
        OutboxStatus status = relay.status();
        Health.Builder health = status.healthy() ? Health.up() : Health.outOfService();
        health.withDetail("committee", status.committee())
                .withDetail("backlog", status.backlog())
                .withDetail("lastSequence", status.lastSequence())
                .withDetail("deliveredSequence", status.deliveredSequence());
        if (status.oldestUndeliveredRecordedAt() != null) {
            health.withDetail("oldestUndeliveredRecordedAt", status.oldestUndeliveredRecordedAt());
        }
        if (status.lastDeliveredAt() != null) {
            health.withDetail("lastDeliveredAt", status.lastDeliveredAt());
        }
        if (status.lastError() != null) {
            health.withDetail("lastError", status.lastError());
        }
        return health.build();
    }
}
