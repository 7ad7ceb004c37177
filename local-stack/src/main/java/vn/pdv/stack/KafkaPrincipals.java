package vn.pdv.stack;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The local broker's principals, ACLs and topics, the same as the Strimzi KafkaUsers and KafkaTopics in
 * {@code helm/README.md}: one SCRAM principal per committee ({@code pdv-unit-<code in lower case>}), which writes the
 * events topic and reads only its own alerts topic {@code pdv.alerts.<CODE>} in its own consumer group; and the
 * aggregator's ({@code pdv-aggregator}), which reads the events in its groups, writes the dead letters and every
 * committee's alerts. Created through the harness listener, whose anonymous client is a super user; the services
 * create no topic (their principals have no Create right), so the harness {@link #declareTopics declares} them.
 *
 * <p>One difference from a deployment: here the aggregator may also create a committee's alerts topic on its first
 * alert (Create on the prefix), because a demo's generated province has committees that run no unit service and were
 * never declared; a province declares each committee's topic when it admits the committee.
 */
public final class KafkaPrincipals {

    public static final String AGGREGATOR = "pdv-aggregator";
    public static final String EVENTS = "pdv.unit-events";
    public static final String DEAD_LETTERS = "pdv.unit-events.DLT";
    public static final String ALERTS_PREFIX = "pdv.alerts.";

    private static final SecureRandom RANDOM = new SecureRandom();

    private KafkaPrincipals() {
    }

    /** The committee's principal, as the chart's {@code kafka.username} defaults it. */
    public static String committee(String code) {
        return "pdv-unit-" + code.toLowerCase(Locale.ROOT);
    }

    /** Creates (or resets the password of) the committee's principal and grants it its ACLs. */
    public static void grantCommittee(String harnessBootstrap, String code, String password) {
        String user = committee(code);
        List<AclBinding> acls = List.of(
                allow(user, ResourceType.TOPIC, EVENTS, PatternType.LITERAL, AclOperation.WRITE),
                allow(user, ResourceType.TOPIC, EVENTS, PatternType.LITERAL, AclOperation.DESCRIBE),
                allow(user, ResourceType.TOPIC, ALERTS_PREFIX + code, PatternType.LITERAL, AclOperation.READ),
                allow(user, ResourceType.TOPIC, ALERTS_PREFIX + code, PatternType.LITERAL, AclOperation.DESCRIBE),
                allow(user, ResourceType.GROUP, "pdv-unit-alerts-" + code, PatternType.LITERAL, AclOperation.READ));
        grant(harnessBootstrap, user, password, acls);
    }

    /** Creates the aggregator's principal; its consumer groups are those named {@code pdv-aggregator…}. */
    public static void grantAggregator(String harnessBootstrap, String password) {
        List<AclBinding> acls = new ArrayList<>(List.of(
                allow(AGGREGATOR, ResourceType.TOPIC, EVENTS, PatternType.LITERAL, AclOperation.READ),
                allow(AGGREGATOR, ResourceType.TOPIC, EVENTS, PatternType.LITERAL, AclOperation.DESCRIBE),
                allow(AGGREGATOR, ResourceType.GROUP, AGGREGATOR, PatternType.PREFIXED, AclOperation.READ),
                allow(AGGREGATOR, ResourceType.TOPIC, DEAD_LETTERS, PatternType.LITERAL, AclOperation.WRITE),
                allow(AGGREGATOR, ResourceType.TOPIC, DEAD_LETTERS, PatternType.LITERAL, AclOperation.DESCRIBE),
                allow(AGGREGATOR, ResourceType.TOPIC, ALERTS_PREFIX, PatternType.PREFIXED, AclOperation.WRITE),
                allow(AGGREGATOR, ResourceType.TOPIC, ALERTS_PREFIX, PatternType.PREFIXED, AclOperation.DESCRIBE),
                allow(AGGREGATOR, ResourceType.TOPIC, ALERTS_PREFIX, PatternType.PREFIXED, AclOperation.CREATE)));
        grant(harnessBootstrap, AGGREGATOR, password, acls);
    }

    /** A client's settings for the SASL listener as {@code user}. */
    public static Map<String, Object> client(String saslBootstrap, String user, String password) {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, saslBootstrap,
                "security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + user + "\" password=\"" + password + "\";");
    }

    /**
     * {@code service}'s properties (as {@link ServiceWiring} gives them) with the broker's SASL listener for the
     * harness's, and {@code user}'s credentials as the charts give them ({@code pdv.kafka.*}, service-common's
     * KafkaSecurityEnvironment); the topics are the harness's to create ({@code spring.kafka.admin.auto-create=false}).
     */
    public static List<String> asPrincipal(List<String> service, String saslBootstrap, String user, String password) {
        List<String> properties = new ArrayList<>(service.stream()
                .filter(property -> !property.startsWith("spring.kafka.bootstrap-servers=")).toList());
        properties.addAll(List.of("spring.kafka.bootstrap-servers=" + saslBootstrap,
                "spring.kafka.admin.auto-create=false", "pdv.kafka.security-protocol=SASL_PLAINTEXT",
                "pdv.kafka.sasl-mechanism=SCRAM-SHA-512", "pdv.kafka.username=" + user,
                "pdv.kafka.password=" + password));
        return properties;
    }

    /** A fresh random password for a principal of this broker run. */
    public static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Creates what the services use and may not create themselves: the events topic, its dead letters and each
     * committee's alerts topic, with {@code partitions} partitions; a topic that exists is left as it is.
     */
    public static void declareTopics(String harnessBootstrap, int partitions, Collection<String> committees) {
        List<NewTopic> topics = new ArrayList<>(List.of(new NewTopic(EVENTS, partitions, (short) 1),
                new NewTopic(DEAD_LETTERS, partitions, (short) 1)));
        committees.forEach(code -> topics.add(new NewTopic(ALERTS_PREFIX + code, partitions, (short) 1)));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, harnessBootstrap))) {
            for (var created : admin.createTopics(topics).values().entrySet()) {
                try {
                    created.getValue().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + created.getKey() + ": " + e.getCause(),
                                e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void grant(String harnessBootstrap, String user, String password, List<AclBinding> acls) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, harnessBootstrap))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password))).all().get();
            admin.createAcls(acls).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot create Kafka principal " + user + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static AclBinding allow(String user, ResourceType type, String name, PatternType pattern,
                                    AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
    }
}
