package vn.pdv.aggregator.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.pdv.events.CandidateAdmitted;
import vn.pdv.events.EventMetadata;
import vn.pdv.events.Gender;
import vn.pdv.events.IntroducingOrganisation;
import vn.pdv.events.PeriodKind;
import vn.pdv.events.PlanReference;
import vn.pdv.events.QuotaAssigned;
import vn.pdv.events.QuotaMetric;
import vn.pdv.events.QuotaPeriod;
import vn.pdv.events.ReportingAttributes;
import vn.pdv.events.SourceCreated;
import vn.pdv.events.UnitKind;
import vn.pdv.events.UnitRegistered;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.schemas.serde.AvroSerializer;
import vn.pdv.stack.TestStack;

/**
 * A committee's log played onto the real topic through the real registry, as a unit service's relay would send it:
 * the events a report counts (named units, yearly quotas split into youth- and trade-union members, admissions,
 * sources). Each test takes a log of its own, under a fresh committee code.
 */
final class CommitteeLog implements AutoCloseable {

    private final String committee = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final KafkaProducer<String, SpecificRecord> producer;
    private long sequence;

    CommitteeLog() {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestStack.schemaRegistryUrl());
        AvroSerializer values = new AvroSerializer();
        values.configure(config, false);
        producer = new KafkaProducer<>(config, new StringSerializer(), values);
    }

    String committee() {
        return committee;
    }

    String unit(String suffix) {
        return committee + "-" + suffix;
    }

    UnitRegistered registered(String code, String name, String parent) {
        return UnitRegistered.newBuilder().setMetadata(next()).setCode(code).setName(name)
                .setKind(parent == null ? UnitKind.GRASSROOTS_COMMITTEE : UnitKind.SUBORDINATE_BRANCH)
                .setParentCode(parent).setEffectiveFrom(LocalDate.of(2024, 1, 1)).build();
    }

    QuotaAssigned admissionsQuota(String target, int year, int total, int youthUnion, int tradeUnion) {
        return quota(target, year, QuotaMetric.ADMISSIONS, total,
                Map.of("YOUTH_UNION", youthUnion, "TRADE_UNION", tradeUnion));
    }

    QuotaAssigned sourcesQuota(String target, int year, int total) {
        return quota(target, year, QuotaMetric.SOURCES, total, Map.of());
    }

    /** A youth-union member, or else a trade-union member. */
    CandidateAdmitted admitted(String branch, LocalDate on, boolean youthUnion) {
        return CandidateAdmitted.newBuilder().setMetadata(next()).setCandidateId(UUID.randomUUID().toString())
                .setBranchCode(branch).setDecidedBy(committee).setDecisionNumber("1-QĐ/ĐU")
                .setDecidedOn(on.minusDays(10)).setAdmittedOn(on).setReadmission(false)
                .setAttributes(attributes(youthUnion)).build();
    }

    SourceCreated source(String branch, LocalDate on) {
        return SourceCreated.newBuilder().setMetadata(next()).setCandidateId(UUID.randomUUID().toString())
                .setBranchCode(branch).setIntroducedBy(IntroducingOrganisation.YOUTH_UNION).setIdentifiedOn(on)
                .setAttributes(attributes(true)).build();
    }

    /** Sends in order and waits for the broker's acknowledgement of each. */
    void send(SpecificRecord... events) {
        for (SpecificRecord event : events) {
            try {
                producer.send(new ProducerRecord<>(Topics.UNIT_EVENTS, committee, event)).get();
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private QuotaAssigned quota(String target, int year, QuotaMetric metric, int total, Map<String, Integer> split) {
        return QuotaAssigned.newBuilder().setMetadata(next()).setIssuingUnitCode(committee).setTargetUnitCode(target)
                .setPlan(PlanReference.newBuilder().setNumber("9-KH/ĐU").setIssuedOn(LocalDate.of(2024, 1, 15)).build())
                .setPeriod(QuotaPeriod.newBuilder().setKind(PeriodKind.YEAR).setYear(year).build())
                .setMetric(metric).setTarget(total).setBreakdown(Map.copyOf(split)).build();
    }

    private EventMetadata next() {
        return EventMetadata.newBuilder().setEventId(UUID.randomUUID().toString()).setUnitCode(committee)
                .setSequence(++sequence).setOccurredAt(Instant.parse("2024-05-19T00:00:00Z"))
                .setRecordedAt(Instant.now()).build();
    }

    private static ReportingAttributes attributes(boolean youthUnion) {
        return ReportingAttributes.newBuilder().setGender(Gender.FEMALE).setBirthYear(2000)
                .setYouthUnionMember(youthUnion).setTradeUnionMember(!youthUnion).build();
    }

    @Override
    public void close() {
        producer.close();
    }
}
