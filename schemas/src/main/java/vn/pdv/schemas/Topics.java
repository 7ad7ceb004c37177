package vn.pdv.schemas;

import java.util.List;

/**
 * The Kafka topics PDV services share; the one place their names are spelled.
 *
 * <p>Values on {@link #UNIT_EVENTS} are Avro in the Confluent wire format (see {@code vn.pdv.schemas.serde}),
 * one subject per record type ({@code <topic>-<record full name>}), because several event types share the topic
 * to keep each unit's log in order.
 */
public final class Topics {

    /** Every event of one unit's log, keyed by the unit code, so that one unit's events stay in order. */
    public static final String UNIT_EVENTS = "pdv.unit-events";

    /**
     * Unit events a consumer could not process, with the original key and value bytes and the reason in
     * headers. Consumers route here explicitly (Spring Kafka 4's own default would be {@code <topic>-dlt}).
     */
    public static final String UNIT_EVENTS_DLT = UNIT_EVENTS + ".DLT";

    /**
     * Alerts raised by the province aggregator (e.g. a unit lagging behind its quota), one topic per committee
     * ({@link #alertsFor}), so that the broker's ACLs let each committee read its own only.
     */
    public static final String ALERTS_PREFIX = "pdv.alerts.";

    /** The events topics, e.g. for creating them up front; the alerts topics are each committee's. */
    public static final List<String> ALL = List.of(UNIT_EVENTS, UNIT_EVENTS_DLT);

    /** Committee {@code code}'s alerts: {@code pdv.alerts.<CODE>}. */
    public static String alertsFor(String code) {
        return ALERTS_PREFIX + code;
    }

    private Topics() {
    }
}
