package vn.pdv.aggregator.alert.application;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.web.client.RestClient;
import vn.pdv.events.AlertRaised;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroDeserializer;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.stack.TestStack;
import vn.pdv.stack.TopicContents;

/**
 * The alerts topics ({@code pdv.alerts.<CODE>}) of the given committees as they stand, decoded through the real
 * registry as the unit services decode them.
 */
final class AlertsTopic {

    private AlertsTopic() {
    }

    /** Whether the addressee has an alerts topic at all (the local stack's broker creates one on a first send). */
    static boolean exists(String addressee) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestStack.kafkaBootstrapServers()))) {
            return admin.listTopics().names().get().contains(Topics.alertsFor(addressee));
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every alert now on these committees' topics that matches, with the key it was sent under. */
    static List<ConsumerRecord<String, Object>> read(Predicate<AlertRaised> wanted, String... addressees) {
        AvroDeserializer values = new AvroDeserializer();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestStack.schemaRegistryUrl()), false);
        return java.util.Arrays.stream(addressees).flatMap(addressee -> TopicContents.readToEnd(
                        TestStack.kafkaBootstrapServers(), Topics.alertsFor(addressee), new StringDeserializer(), values)
                .stream()).filter(record -> record.value() instanceof AlertRaised alert && wanted.test(alert)).toList();
    }

    /** The subjects the registry holds (Confluent's {@code GET /subjects}). */
    static List<String> subjects() {
        return JsonPath.read(RestClient.create(TestStack.schemaRegistryUrl()).get().uri("/subjects").retrieve()
                .body(String.class), "$");
    }
}
