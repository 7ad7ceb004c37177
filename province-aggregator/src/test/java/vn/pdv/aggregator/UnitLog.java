package vn.pdv.aggregator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.pdv.events.CandidateAdmitted;
import vn.pdv.events.CandidateExited;
import vn.pdv.events.CandidateRecognised;
import vn.pdv.events.CandidateTransferredIn;
import vn.pdv.events.ClassHeld;
import vn.pdv.events.ClassKind;
import vn.pdv.events.EventMetadata;
import vn.pdv.events.Gender;
import vn.pdv.events.PeriodKind;
import vn.pdv.events.PlanReference;
import vn.pdv.events.QuotaAssigned;
import vn.pdv.events.QuotaMetric;
import vn.pdv.events.QuotaPeriod;
import vn.pdv.events.ReportingAttributes;
import vn.pdv.events.SourceCreated;
import vn.pdv.events.StepCorrected;
import vn.pdv.events.StepFigures;
import vn.pdv.events.StepVoided;
import vn.pdv.events.SympathiserAdded;
import vn.pdv.events.SympathiserRemoved;
import vn.pdv.events.UnitKind;
import vn.pdv.events.UnitRegistered;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.schemas.serde.AvroSerializer;
import vn.pdv.schemas.signing.EventSigner;
import vn.pdv.schemas.signing.LocalStackKeys;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.TestStack;

/**
 * Plays a committee's log onto the real topic, as a unit service's relay would: Avro through the real
 * registry, keyed by the committee, sequences from 1, each record signed by the committee's local-stack key (which
 * the test stack's aggregator trusts) unless a test signs otherwise. Each test takes a log of its own (a fresh code).
 */
public final class UnitLog implements AutoCloseable {

    private final String committee = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final AvroSerializer values;
    private final KafkaProducer<String, byte[]> producer;
    private EventSigner signer = LocalStackKeys.signer(committee);
    private long sequence;

    public UnitLog() {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestStack.schemaRegistryUrl());
        values = new AvroSerializer();
        values.configure(config, false);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** From now on, sign with this key (a rotation, or another committee's key). */
    public UnitLog signingWith(EventSigner next) {
        this.signer = next;
        return this;
    }

    public String committee() {
        return committee;
    }

    public String unit(String suffix) {
        return committee + "-" + suffix;
    }

    /** The next event's metadata; {@link #at(long)} gives any place in the log, for duplicates and gaps. */
    public EventMetadata next() {
        return at(++sequence);
    }

    public EventMetadata at(long place) {
        sequence = Math.max(sequence, place);
        return EventMetadata.newBuilder().setEventId(UUID.randomUUID().toString()).setUnitCode(committee)
                .setSequence(place).setOccurredAt(Instant.parse("2024-05-19T00:00:00Z")).setRecordedAt(Instant.now())
                .build();
    }

    public UnitRegistered registered(EventMetadata metadata, String code, String parent) {
        return registered(metadata, code, parent,
                parent == null ? UnitKind.GRASSROOTS_COMMITTEE : UnitKind.SUBORDINATE_BRANCH);
    }

    public UnitRegistered registered(EventMetadata metadata, String code, String parent, UnitKind kind) {
        return registered(metadata, code, "Đơn vị " + code, parent, kind);
    }

    public UnitRegistered registered(EventMetadata metadata, String code, String name, String parent) {
        return registered(metadata, code, name, parent,
                parent == null ? UnitKind.GRASSROOTS_COMMITTEE : UnitKind.SUBORDINATE_BRANCH);
    }

    private static UnitRegistered registered(EventMetadata metadata, String code, String name, String parent,
                                             UnitKind kind) {
        return UnitRegistered.newBuilder().setMetadata(metadata).setCode(code).setName(name)
                .setKind(kind).setParentCode(parent).setEffectiveFrom(LocalDate.of(2024, 1, 1)).build();
    }

    public QuotaAssigned quota(EventMetadata metadata, String target, int year, int total, int youthUnion) {
        return quota(metadata, target, year, QuotaMetric.ADMISSIONS, total, Map.of("YOUTH_UNION", youthUnion));
    }

    /** A yearly quota with any breakdown, e.g. {@code YOUTH_UNION → 7, TRADE_UNION → 3}. */
    public QuotaAssigned quota(EventMetadata metadata, String target, int year, QuotaMetric metric, int total,
                               Map<String, Integer> breakdown) {
        return QuotaAssigned.newBuilder().setMetadata(metadata).setIssuingUnitCode(committee).setTargetUnitCode(target)
                .setPlan(PlanReference.newBuilder().setNumber("104-KH/ĐUK").setIssuedOn(LocalDate.of(2024, 3, 6)).build())
                .setPeriod(QuotaPeriod.newBuilder().setKind(PeriodKind.YEAR).setYear(year).build())
                .setMetric(metric).setTarget(total).setBreakdown(Map.copyOf(breakdown)).build();
    }

    /** An admissions quota over a congress term, e.g. seed 004's 30 over 2020–2025. */
    public QuotaAssigned termQuota(EventMetadata metadata, String target, int firstYear, int lastYear, int total) {
        return QuotaAssigned.newBuilder().setMetadata(metadata).setIssuingUnitCode(committee).setTargetUnitCode(target)
                .setPlan(PlanReference.newBuilder().setNumber("104-KH/ĐUK").setIssuedOn(LocalDate.of(2024, 3, 6)).build())
                .setPeriod(QuotaPeriod.newBuilder().setKind(PeriodKind.TERM).setYear(firstYear).setEndYear(lastYear)
                        .build())
                .setMetric(QuotaMetric.ADMISSIONS).setTarget(total).setBreakdown(Map.of()).build();
    }

    public CandidateAdmitted admitted(EventMetadata metadata, String branch, LocalDate on, boolean youthUnion) {
        return CandidateAdmitted.newBuilder().setMetadata(metadata).setCandidateId(UUID.randomUUID().toString())
                .setBranchCode(branch).setDecidedBy(committee).setDecisionNumber("1-QĐ/ĐU")
                .setDecidedOn(on.minusDays(10)).setAdmittedOn(on).setReadmission(false)
                .setAttributes(attributes(youthUnion)).build();
    }

    public SourceCreated source(EventMetadata metadata, String branch, LocalDate on) {
        return SourceCreated.newBuilder().setMetadata(metadata).setCandidateId(UUID.randomUUID().toString())
                .setBranchCode(branch).setIntroducedBy(vn.pdv.events.IntroducingOrganisation.YOUTH_UNION)
                .setIdentifiedOn(on).setAttributes(attributes(true)).build();
    }

    public CandidateRecognised recognised(EventMetadata metadata, String branch, LocalDate on) {
        return CandidateRecognised.newBuilder().setMetadata(metadata).setCandidateId(UUID.randomUUID().toString())
                .setBranchCode(branch).setDecidedBy(committee).setDecisionNumber("7-QĐ/ĐU").setDecidedOn(on)
                .setAttributes(attributes(true)).build();
    }

    public SympathiserRemoved sympathiserRemoved(EventMetadata metadata, String branch, LocalDate on) {
        return SympathiserRemoved.newBuilder().setMetadata(metadata).setCandidateId(UUID.randomUUID().toString())
                .setBranchCode(branch).setRemovedOn(on).setAttributes(attributes(true)).build();
    }

    public CandidateExited exited(EventMetadata metadata, String branch, LocalDate on) {
        return CandidateExited.newBuilder().setMetadata(metadata).setCandidateId(UUID.randomUUID().toString())
                .setBranchCode(branch).setReason(vn.pdv.events.ExitReason.NOT_ADMITTED)
                .setStageAtExit(vn.pdv.events.CandidateStage.BRANCH_VOTED).setExitedOn(on)
                .setAttributes(attributes(false)).build();
    }

    /** Source {@code candidateId} identified at {@code branch}: the id another committee may later take them in under. */
    public SourceCreated source(EventMetadata metadata, String candidateId, String branch, LocalDate on) {
        return SourceCreated.newBuilder(source(metadata, branch, on)).setCandidateId(candidateId).build();
    }

    public SympathiserAdded sympathiserAdded(EventMetadata metadata, String candidateId, String branch, LocalDate on) {
        return SympathiserAdded.newBuilder().setMetadata(metadata).setCandidateId(candidateId).setBranchCode(branch)
                .setAddedOn(on).setAttributes(attributes(true)).build();
    }

    /** The candidate left this committee for {@code movedTo} (issue 13): the sending half of a transfer. */
    public CandidateExited movedAway(EventMetadata metadata, String candidateId, String branch, LocalDate on,
                                     String movedTo, vn.pdv.events.CandidateStage stage) {
        return CandidateExited.newBuilder().setMetadata(metadata).setCandidateId(candidateId).setBranchCode(branch)
                .setReason(vn.pdv.events.ExitReason.MOVED_TO_ANOTHER_UNIT).setStageAtExit(stage).setExitedOn(on)
                .setMovedTo(movedTo).setAttributes(attributes(true)).build();
    }

    /** This committee took in {@code candidateId} from {@code from} at {@code stage}: the receiving half. */
    public CandidateTransferredIn transferredIn(EventMetadata metadata, String candidateId, String branch, String from,
                                                String stage, LocalDate on) {
        return CandidateTransferredIn.newBuilder().setMetadata(metadata).setCandidateId(candidateId)
                .setBranchCode(branch).setFromCommitteeCode(from).setStage(stage).setTransferredOn(on)
                .setAttributes(attributes(true)).build();
    }

    /** A class of {@code kind} organised by {@code organiser}, its last day {@code heldOn}: counts, never names. */
    public ClassHeld classHeld(EventMetadata metadata, String organiser, ClassKind kind, LocalDate heldOn) {
        return ClassHeld.newBuilder().setMetadata(metadata).setClassId(UUID.randomUUID().toString()).setKind(kind)
                .setOrganiserCode(organiser).setStartsOn(heldOn.minusDays(4)).setHeldOn(heldOn).setEnrolled(30)
                .setAttended(28).build();
    }

    /** The admission, recorded at {@code admitted}'s place in this log, corrected to another branch and day. */
    public StepCorrected corrected(EventMetadata metadata, CandidateAdmitted admitted, String branch, LocalDate on) {
        return StepCorrected.newBuilder().setMetadata(metadata).setCandidateId(admitted.getCandidateId())
                .setCorrectedEventId(admitted.getMetadata().getEventId())
                .setCorrectedSequence(admitted.getMetadata().getSequence())
                .setBefore(counted(admitted, admitted.getBranchCode(), admitted.getAdmittedOn()))
                .setAfter(counted(admitted, branch, on)).setStageNow("PROBATIONARY_MEMBER").build();
    }

    /** The admission voided: the candidate is back at the decision, in the admission's branch. */
    public StepVoided voided(EventMetadata metadata, CandidateAdmitted admitted) {
        return StepVoided.newBuilder().setMetadata(metadata).setCandidateId(admitted.getCandidateId())
                .setVoidedEventId(admitted.getMetadata().getEventId())
                .setVoidedSequence(admitted.getMetadata().getSequence())
                .setVoided(counted(admitted, admitted.getBranchCode(), admitted.getAdmittedOn()))
                .setStageNow("ADMISSION_DECIDED").setBranchNow(admitted.getBranchCode()).build();
    }

    private static StepFigures counted(CandidateAdmitted admitted, String branch, LocalDate on) {
        return StepFigures.newBuilder().setStepType("CandidateAdmitted").setBranchCode(branch).setOccurredOn(on)
                .setAttributes(admitted.getAttributes()).setReadmission(admitted.getReadmission()).build();
    }

    /** The last sequence of {@code committee}'s log the aggregator behind {@code api} applied; 0 before its first event. */
    public static long appliedUpTo(JsonApi api, String committee) {
        var answer = api.get("/api/logs/" + committee);
        if (answer.status() != 200) {
            return 0;
        }
        java.util.List<Integer> last = answer.read("$[?(@.log == '" + committee + "')].lastSequence");
        return last.isEmpty() ? 0 : last.getFirst();
    }

    /** Sends in order and waits for the broker's acknowledgement of each. */
    public void send(SpecificRecord... events) {
        for (SpecificRecord event : events) {
            sendKeyed(committee, event);
        }
    }

    public void sendKeyed(String key, SpecificRecord event) {
        sendRecord(signer.record(Topics.UNIT_EVENTS, key, bytes(event)));
    }

    /** Any bytes, signed as they are. */
    public void sendRaw(byte[] value) {
        sendRecord(signer.record(Topics.UNIT_EVENTS, committee, value));
    }

    /** The event as the relay would publish it, without signature headers. */
    public void sendUnsigned(SpecificRecord event) {
        sendRecord(new ProducerRecord<>(Topics.UNIT_EVENTS, committee, bytes(event)));
    }

    /** Signed, then one byte of the value changed at {@code index} (counted from the end when negative). */
    public void sendChanged(SpecificRecord event, int index) {
        ProducerRecord<String, byte[]> signed = signer.record(Topics.UNIT_EVENTS, committee, bytes(event));
        byte[] value = signed.value().clone();
        int at = index < 0 ? value.length + index : index;
        value[at] = (byte) (value[at] ^ 0x01);
        sendRecord(new ProducerRecord<>(Topics.UNIT_EVENTS, null, committee, value, signed.headers()));
    }

    /** A record exactly as another log published it (its key, value and headers), sent again. */
    public void sendCopy(ProducerRecord<String, byte[]> record) {
        sendRecord(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers()));
    }

    /** The record this log would publish for the event, signed, without sending it. */
    public ProducerRecord<String, byte[]> signed(SpecificRecord event) {
        return signer.record(Topics.UNIT_EVENTS, committee, bytes(event));
    }

    private byte[] bytes(SpecificRecord event) {
        return values.serialize(Topics.UNIT_EVENTS, event);
    }

    private void sendRecord(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReportingAttributes attributes(boolean youthUnion) {
        return ReportingAttributes.newBuilder().setGender(Gender.FEMALE).setBirthYear(2000)
                .setYouthUnionMember(youthUnion).setTradeUnionMember(!youthUnion).build();
    }

    @Override
    public void close() {
        producer.close();
        values.close();
    }
}
