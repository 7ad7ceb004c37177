package vn.pdv.aggregator.intake.kafka;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.generic.GenericRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import vn.pdv.aggregator.Origin;
import vn.pdv.aggregator.fulfilment.Person;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.intake.Intake;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.plan.Period;
import vn.pdv.aggregator.plan.PlanReference;
import vn.pdv.aggregator.plan.Quota;
import vn.pdv.events.AdmissionDecided;
import vn.pdv.events.AdmissionProposed;
import vn.pdv.events.AdmissionVoted;
import vn.pdv.events.AwarenessCertificateIssued;
import vn.pdv.events.BackgroundVerified;
import vn.pdv.events.CandidateAdmitted;
import vn.pdv.events.CandidateExited;
import vn.pdv.events.CandidateIntroduced;
import vn.pdv.events.CandidateRecognised;
import vn.pdv.events.EventMetadata;
import vn.pdv.events.NewMemberClassCompleted;
import vn.pdv.events.QuotaAssigned;
import vn.pdv.events.QuotaMetric;
import vn.pdv.events.QuotaPeriod;
import vn.pdv.events.RecognitionVoted;
import vn.pdv.events.ReportingAttributes;
import vn.pdv.events.SourceCreated;
import vn.pdv.events.SympathiserAdded;
import vn.pdv.events.SympathiserRemoved;
import vn.pdv.events.UnitRegistered;
import vn.pdv.schemas.Topics;

/**
 * One handler per event type on the unit-events topic: counting steps move tallies and the pipeline stock, the others
 * (verification, introductions, votes, proposals, decisions, the new-member class) the stock only; a type this
 * aggregator does not know reaches the default handler and is noted as received. Avro is turned into intake calls here and nowhere else. A record whose metadata names another unit than
 * its key is refused as forged.
 */
@Component
@KafkaListener(id = "unit-events", topics = Topics.UNIT_EVENTS, groupId = "${pdv.aggregator.group-id}")
class UnitEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(UnitEventListener.class);

    private final Intake intake;

    UnitEventListener(Intake intake) {
        this.intake = intake;
    }

    @KafkaHandler
    void on(UnitRegistered event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        intake.unitRegistered(origin(event.getMetadata(), key), event.getMetadata().getRecordedAt(),
                new Unit(new UnitCode(event.getCode()), event.getName(), UnitKind.named(event.getKind().name()),
                        event.getParentCode() == null ? null : new UnitCode(event.getParentCode()),
                        event.getEffectiveFrom()));
    }

    @KafkaHandler
    void on(SourceCreated event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        intake.sourceCreated(origin(event.getMetadata(), key), event.getMetadata().getRecordedAt(),
                event.getCandidateId(), new UnitCode(event.getBranchCode()), event.getIdentifiedOn(), person(event.getAttributes()),
                event.getIntroducedBy().name());
    }

    @KafkaHandler
    void on(CandidateAdmitted event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        intake.candidateAdmitted(origin(event.getMetadata(), key), event.getMetadata().getRecordedAt(),
                event.getCandidateId(), new UnitCode(event.getBranchCode()), event.getAdmittedOn(), person(event.getAttributes()),
                event.getReadmission());
    }

    @KafkaHandler
    void on(SympathiserAdded event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        intake.sympathiserAdded(origin(event.getMetadata(), key), event.getMetadata().getRecordedAt(),
                event.getCandidateId(), new UnitCode(event.getBranchCode()), event.getAddedOn(), person(event.getAttributes()));
    }

    @KafkaHandler
    void on(SympathiserRemoved event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        intake.sympathiserRemoved(origin(event.getMetadata(), key), event.getMetadata().getRecordedAt(),
                event.getCandidateId(), new UnitCode(event.getBranchCode()), event.getRemovedOn(), person(event.getAttributes()));
    }

    @KafkaHandler
    void on(AwarenessCertificateIssued event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        intake.certificateIssued(origin(event.getMetadata(), key), event.getMetadata().getRecordedAt(),
                event.getCandidateId(), new UnitCode(event.getBranchCode()), event.getIssuedOn(), person(event.getAttributes()));
    }

    @KafkaHandler
    void on(CandidateRecognised event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        intake.candidateRecognised(origin(event.getMetadata(), key), event.getMetadata().getRecordedAt(),
                event.getCandidateId(), new UnitCode(event.getBranchCode()), event.getDecidedOn(), person(event.getAttributes()));
    }

    @KafkaHandler
    void on(CandidateExited event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        intake.candidateExited(origin(event.getMetadata(), key), event.getMetadata().getRecordedAt(),
                event.getCandidateId(), new UnitCode(event.getBranchCode()), event.getExitedOn(), person(event.getAttributes()));
    }

    @KafkaHandler
    void on(BackgroundVerified event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        intake.stepTaken(origin(event.getMetadata(), key), event.getMetadata().getRecordedAt(), event.getCandidateId(),
                new UnitCode(event.getBranchCode()), Stage.VERIFIED);
    }

    @KafkaHandler
    void on(CandidateIntroduced event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        intake.stepTaken(origin(event.getMetadata(), key), event.getMetadata().getRecordedAt(), event.getCandidateId(),
                new UnitCode(event.getBranchCode()), Stage.INTRODUCED);
    }

    @KafkaHandler
    void on(AdmissionVoted event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        intake.stepTaken(origin(event.getMetadata(), key), event.getMetadata().getRecordedAt(), event.getCandidateId(),
                new UnitCode(event.getBranchCode()), Stage.BRANCH_VOTED);
    }

    @KafkaHandler
    void on(AdmissionProposed event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        intake.stepTaken(origin(event.getMetadata(), key), event.getMetadata().getRecordedAt(), event.getCandidateId(),
                new UnitCode(event.getBranchCode()), Stage.PROPOSED);
    }

    @KafkaHandler
    void on(AdmissionDecided event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        intake.stepTaken(origin(event.getMetadata(), key), event.getMetadata().getRecordedAt(), event.getCandidateId(),
                new UnitCode(event.getBranchCode()), Stage.ADMISSION_DECIDED);
    }

    @KafkaHandler
    void on(NewMemberClassCompleted event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        intake.stepTaken(origin(event.getMetadata(), key), event.getMetadata().getRecordedAt(), event.getCandidateId(),
                new UnitCode(event.getBranchCode()), Stage.NEW_MEMBER_CLASS_COMPLETED);
    }

    @KafkaHandler
    void on(RecognitionVoted event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        intake.stepTaken(origin(event.getMetadata(), key), event.getMetadata().getRecordedAt(), event.getCandidateId(),
                new UnitCode(event.getBranchCode()), Stage.RECOGNITION_VOTED);
    }

    @KafkaHandler
    void on(QuotaAssigned event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        Origin origin = origin(event.getMetadata(), key);
        Optional<Period> period = period(event.getPeriod());
        if (period.isEmpty() || event.getMetric() == QuotaMetric.OTHER || event.getTarget() < 0) {
            LOG.warn("Quota for {} ({} {}, {} {}) cannot be modelled; received only", event.getTargetUnitCode(),
                    event.getPeriod().getKind(), event.getPeriod().getYear(), event.getMetric(), event.getTarget());
            intake.unknownEvent(origin, event.getMetadata().getRecordedAt());
            return;
        }
        Map<String, Integer> breakdown = new HashMap<>();
        event.getBreakdown().forEach((attribute, value) -> breakdown.put(attribute.toString(), value));
        PlanReference plan = new PlanReference(event.getPlan().getNumber(),
                Optional.ofNullable(event.getPlan().getIssuedOn()), Optional.empty());
        intake.quotaAssigned(origin, event.getMetadata().getRecordedAt(), Quota.stated(
                new UnitCode(event.getTargetUnitCode()), new UnitCode(event.getIssuingUnitCode()), plan, period.get(),
                Metric.valueOf(event.getMetric().name()), event.getTarget(), breakdown));
    }

    /** The contract's period as the aggregator's; empty when it does not hold together (a term ending before it starts). */
    private static Optional<Period> period(QuotaPeriod period) {
        int year = period.getYear();
        int endYear = period.getEndYear() == null ? year : period.getEndYear();
        int part = period.getPart() == null ? 0 : period.getPart();
        try {
            return Optional.of(new Period(Period.Kind.valueOf(period.getKind().name()), year, endYear, part));
        } catch (IllegalArgumentException unsound) {
            return Optional.empty();
        }
    }

    /**
     * A type this aggregator does not know yet (from a newer unit service): its place in the log still counts.
     */
    @KafkaHandler(isDefault = true)
    void onUnknown(Object event, @Header(KafkaHeaders.RECEIVED_KEY) String key) {
        if (event instanceof GenericRecord record && record.get("metadata") instanceof GenericRecord metadata) {
            Origin origin = new Origin(new UnitCode(key), (Long) metadata.get("sequence"));
            checkKey(String.valueOf(metadata.get("unitCode")), key);
            LOG.debug("Event type {} from {} moves no figure here; received only",
                    record.getSchema().getFullName(), key);
            intake.unknownEvent(origin, recordedAt(metadata.get("recordedAt")));
            return;
        }
        throw new ForgedEventException("Not a PDV event: " + (event == null ? "null" : event.getClass().getName()));
    }

    /** A specific record holds an instant; a generic one (a type unknown here) the raw timestamp-millis. */
    private static Instant recordedAt(Object recordedAt) {
        return switch (recordedAt) {
            case Instant instant -> instant;
            case Long millis -> Instant.ofEpochMilli(millis);
            case null, default -> Instant.EPOCH;
        };
    }

    private static Origin origin(EventMetadata metadata, String key) {
        checkKey(metadata.getUnitCode(), key);
        return new Origin(new UnitCode(metadata.getUnitCode()), metadata.getSequence());
    }

    private static void checkKey(String unitCode, String key) {
        if (!unitCode.equals(key)) {
            throw new ForgedEventException("Record keyed " + key + " carries an event of unit " + unitCode);
        }
    }

    private static Person person(ReportingAttributes attributes) {
        return new Person(attributes.getGender() == vn.pdv.events.Gender.FEMALE, attributes.getBirthYear(),
                attributes.getEthnicMinority(), attributes.getReligious(), attributes.getYouthUnionMember(),
                attributes.getTradeUnionMember());
    }
}
