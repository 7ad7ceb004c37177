package vn.pdv.aggregator.alert.application;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.pdv.events.AlertRaised;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroDeserializer;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.stack.TestStack;
import vn.pdv.stack.TopicContents;

/** {@code pdv.alerts} as it stands, decoded through the real registry as the unit services decode it. */
final class AlertsTopic {

    private AlertsTopic() {
    }

    /** Every alert on the topic now that matches, with the key it was sent under. */
    static List<ConsumerRecord<String, Object>> read(Predicate<AlertRaised> wanted) {
        AvroDeserializer values = new AvroDeserializer();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestStack.schemaRegistryUrl()), false);
        return TopicContents.readToEnd(TestStack.kafkaBootstrapServers(), Topics.ALERTS, new StringDeserializer(), values)
                .stream().filter(record -> record.value() instanceof AlertRaised alert && wanted.test(alert)).toList();
    }
}
