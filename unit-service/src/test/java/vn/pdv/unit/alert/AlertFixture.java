package vn.pdv.unit.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.pdv.events.AlertKind;
import vn.pdv.events.AlertRaised;
import vn.pdv.events.FulfilmentStatus;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.schemas.serde.AvroSerializer;
import vn.pdv.stack.TestStack;

/** Alerts as the aggregator publishes them, written to the test stack's real broker through its real registry. */
public final class AlertFixture {

    /** The test committee's (DUK-01) own alerts topic, where the aggregator puts what is addressed to it. */
    static final String OWN_TOPIC = Topics.alertsFor("DUK-01");

    private AlertFixture() {
    }

    /** Sends the records, in order, and waits until the broker has them. */
    @SafeVarargs
    public static void publish(ProducerRecord<String, byte[]>... records) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record);
            }
            producer.flush();
        }
    }

    /** Publishes {@code alert} keyed by its unit. */
    public static void publish(AlertRaised alert) {
        publish(new ProducerRecord<>(OWN_TOPIC, alert.getUnitCode(), serialized(alert)));
    }

    public static byte[] serialized(AlertRaised alert) {
        try (AvroSerializer avro = new AvroSerializer()) {
            avro.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestStack.schemaRegistryUrl()), false);
            return avro.serialize(OWN_TOPIC, alert);
        }
    }

    public static AlertRaised anAlert(String id, String unit, List<String> addressedTo, FulfilmentStatus status,
                                       Instant raisedAt) {
        return AlertRaised.newBuilder()
                .setAlertId(id)
                .setUnitCode(unit)
                .setAddressedTo(List.copyOf(addressedTo))
                .setKind(AlertKind.STATUS_CHANGED)
                .setStatus(status)
                .setPreviousStatus(status == FulfilmentStatus.LAGGING ? FulfilmentStatus.AT_RISK : FulfilmentStatus.ON_TRACK)
                .setMetric("ADMISSIONS")
                .setPeriodLabel("2024")
                .setQuota(20)
                .setActual(9)
                .setPercentOfPlan("45.0")
                .setRaisedAt(raisedAt)
                .setMessageVi("Chậm tiến độ kết nạp đảng viên năm 2024: 9/20 (45,0%).")
                .setMessageEn("Lagging on 2024 admissions: 9/20 (45.0%).")
                .build();
    }
}
