package vn.pdv.unit.outbox.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.pdv.stack.FreePorts;
import vn.pdv.stack.LocalMongo;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.UnitKind;
import vn.pdv.unit.organisation.UnitRegistered;
import vn.pdv.unit.outbox.EventId;
import vn.pdv.unit.outbox.LoggedEvent;
import vn.pdv.unit.outbox.UnitEvent;

/** The log's stretches as the relay reads them, longer than one {@code $in} list. */
class MongoEventLogTest {

    private static final UnitCode COMMITTEE = new UnitCode("DUK-01");

    private static LocalMongo server;
    private static MongoClient client;

    @BeforeAll
    static void start() {
        server = LocalMongo.inMemory(FreePorts.any());
        client = MongoClients.create(server.connectionString("event-log-test"));
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void aStretchLongerThanOneQueryComesBackWholeAndInOrder() {
        MongoEventLog log = new MongoEventLog(new MongoTemplate(client, "whole"));
        log.append(events(1, 1_000));

        List<LoggedEvent> read = log.between(COMMITTEE, 1, 1_000);

        assertThat(read).extracting(LoggedEvent::sequence).containsExactlyElementsOf(
                LongStream.rangeClosed(1, 1_000).boxed().toList());
        assertThat(read.get(700).payload()).isEqualTo(events(701, 701).getFirst().payload());
    }

    @Test
    void aStretchEndsBeforeThePlaceNotYetWrittenEvenInALaterQuery() {
        MongoEventLog log = new MongoEventLog(new MongoTemplate(client, "gap"));
        log.append(events(1, 600));
        log.append(events(602, 900));

        assertThat(log.between(COMMITTEE, 1, 900)).extracting(LoggedEvent::sequence).containsExactlyElementsOf(
                LongStream.rangeClosed(1, 600).boxed().toList());
    }

    /** The committee's events {@code first} to {@code last}: branch registrations, told apart by their codes. */
    private static List<LoggedEvent> events(long first, long last) {
        List<LoggedEvent> events = new ArrayList<>();
        for (long sequence = first; sequence <= last; sequence++) {
            UnitRegistered branch = new UnitRegistered(new UnitCode("DUK-01-" + sequence), "Chi bộ " + sequence,
                    UnitKind.SUBORDINATE_BRANCH, COMMITTEE, LocalDate.of(2024, 5, 1));
            events.add(new LoggedEvent(new EventId("e-" + sequence), COMMITTEE, sequence,
                    Instant.parse("2024-05-01T08:00:00Z"), Instant.parse("2024-05-01T08:00:00Z"), null,
                    new UnitEvent.UnitChange(branch)));
        }
        return events;
    }
}
