package vn.pdv.unit.outbox.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.unit.outbox.OutboxStatus;
import vn.pdv.unit.outbox.application.Relay;

/** The outbox's backlog at {@code GET /api/outbox}: how much is waiting, since when, and why. */
@RestController
class OutboxController {

    private final Relay relay;

    OutboxController(Relay relay) {
        this.relay = relay;
    }

    @GetMapping("/api/outbox")
    OutboxStatus status() {
        return relay.status();
    }
}
