package vn.pdv.aggregator.intake.kafka;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pdv.aggregator.fulfilment.Person;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.intake.Effect;
import vn.pdv.aggregator.intake.Effect.Step;
import vn.pdv.aggregator.intake.Received;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.aggregator.quota.Quota;
import vn.pdv.events.AdmissionDecided;
import vn.pdv.events.AdmissionProposed;
import vn.pdv.events.AdmissionVoted;
import vn.pdv.events.AwarenessCertificateIssued;
import vn.pdv.events.BackgroundVerified;
import vn.pdv.events.CandidateAdmitted;
import vn.pdv.events.CandidateAttributesUpdated;
import vn.pdv.events.CandidateExited;
import vn.pdv.events.CandidateIntroduced;
import vn.pdv.events.CandidateRecognised;
import vn.pdv.events.CandidateTransferredIn;
import vn.pdv.events.ClassHeld;
import vn.pdv.events.EventMetadata;
import vn.pdv.events.ExitReason;
import vn.pdv.events.Finding;
import vn.pdv.events.NewMemberClassCompleted;
import vn.pdv.events.QuotaAssigned;
import vn.pdv.events.QuotaMetric;
import vn.pdv.events.QuotaPeriod;
import vn.pdv.events.RecognitionVoted;
import vn.pdv.events.ReportingAttributes;
import vn.pdv.events.SourceCreated;
import vn.pdv.events.StepCorrected;
import vn.pdv.events.StepFigures;
import vn.pdv.events.StepVoided;
import vn.pdv.events.SympathiserAdded;
import vn.pdv.events.SympathiserRemoved;
import vn.pdv.events.UnitRegistered;

/**
 * Avro in, {@link Received} out, and nowhere else: counting steps become {@link Step}s that move tallies and the
 * pipeline stock, the others (verification, introductions, votes, proposals, decisions, the new-member class) the
 * stock only; an exit because the candidate moved to another committee counts no exit, and that committee's transfer
 * in places the candidate without counting anything again (issue 13); a class held counts at its organiser (awareness and new-member classes apart, another kind not at
 * all); a correction or void of a step is read with the same factories, for the step before and after; a type this
 * aggregator does not know is received only. A record whose metadata names another unit than its key is refused as
 * forged.
 */
final class UnitEvents {

    private static final Logger LOG = LoggerFactory.getLogger(UnitEvents.class);

    /** The steps that count nothing, by their record's name: the stage each takes the candidate to. */
    private static final Map<String, Stage> STAGE_OF_UNCOUNTED_STEP = Map.of(
            "BackgroundVerified", Stage.VERIFIED, "CandidateIntroduced", Stage.INTRODUCED,
            "AdmissionVoted", Stage.BRANCH_VOTED, "AdmissionProposed", Stage.PROPOSED,
            "AdmissionDecided", Stage.ADMISSION_DECIDED, "NewMemberClassCompleted", Stage.NEW_MEMBER_CLASS_COMPLETED,
            "RecognitionVoted", Stage.RECOGNITION_VOTED);

    private static final String MOVED = ExitReason.MOVED_TO_ANOTHER_UNIT.name();

    private UnitEvents() {
    }

    /** @throws RuntimeException when the record is not a PDV event or is forged: it belongs in the dead letters */
    static Received decode(ConsumerRecord<String, ?> record, Object value) {
        String key = record.key();
        Instant receivedAt = Instant.ofEpochMilli(record.timestamp());
        if (value instanceof GenericRecord generic && generic.get("metadata") instanceof EventMetadata metadata) {
            return new Received(origin(metadata, key), metadata.getRecordedAt(), receivedAt, effect(value));
        }
        if (value instanceof GenericRecord generic && generic.get("metadata") instanceof GenericRecord metadata) {
            // A type this aggregator does not know yet (from a newer unit service): its place in the log still counts.
            checkKey(String.valueOf(metadata.get("unitCode")), key);
            LOG.debug("Event type {} from {} moves no figure here; received only", generic.getSchema().getFullName(),
                    key);
            return new Received(new Origin(new UnitCode(key), (Long) metadata.get("sequence")),
                    recordedAt(metadata.get("recordedAt")), receivedAt, new Effect.ReceivedOnly());
        }
        throw new ForgedEventException("Not a PDV event: " + (value == null ? "null" : value.getClass().getName()));
    }

    private static Effect effect(Object event) {
        return switch (event) {
            case UnitRegistered e -> new Effect.Registration(new Unit(new UnitCode(e.getCode()), e.getName(),
                    UnitKind.named(e.getKind().name()), e.getParentCode() == null ? null : new UnitCode(e.getParentCode()),
                    e.getEffectiveFrom()));
            case SourceCreated e -> Step.sourceCreated(e.getCandidateId(), branch(e.getBranchCode()),
                    e.getIdentifiedOn(), person(e.getAttributes()), e.getIntroducedBy().name());
            case CandidateAdmitted e -> Step.admitted(e.getCandidateId(), branch(e.getBranchCode()), e.getAdmittedOn(),
                    person(e.getAttributes()), e.getReadmission(), e.getAgeAtAdmission())
                    .withFindings(rules(e.getFindings()));
            case SympathiserAdded e -> Step.sympathiserAdded(e.getCandidateId(), branch(e.getBranchCode()),
                    e.getAddedOn(), person(e.getAttributes()));
            case SympathiserRemoved e -> Step.sympathiserRemoved(e.getCandidateId(), branch(e.getBranchCode()),
                    e.getRemovedOn(), person(e.getAttributes()));
            case AwarenessCertificateIssued e -> Step.certificateIssued(e.getCandidateId(), branch(e.getBranchCode()),
                    e.getIssuedOn(), person(e.getAttributes()));
            case CandidateRecognised e -> Step.recognised(e.getCandidateId(), branch(e.getBranchCode()),
                    e.getDecidedOn(), person(e.getAttributes())).withFindings(rules(e.getFindings()));
            case CandidateExited e -> e.getReason() == ExitReason.MOVED_TO_ANOTHER_UNIT
                    ? Step.movedAway(e.getCandidateId(), branch(e.getBranchCode()), e.getExitedOn())
                    : Step.exited(e.getCandidateId(), branch(e.getBranchCode()), e.getExitedOn(), person(e.getAttributes()));
            case CandidateTransferredIn e -> stage(e.getStage())
                    .<Effect>map(stage -> new Effect.TransferredIn(Step.taken(e.getCandidateId(),
                            branch(e.getBranchCode()), stage, e.getTransferredOn())))
                    .orElseGet(() -> unreadable(e));
            case BackgroundVerified e -> Step.taken(e.getCandidateId(), branch(e.getBranchCode()), Stage.VERIFIED,
                    e.getConcludedOn()).withFindings(rules(e.getFindings()));
            case CandidateIntroduced e -> Step.taken(e.getCandidateId(), branch(e.getBranchCode()), Stage.INTRODUCED,
                    e.getIntroducedOn()).withFindings(rules(e.getFindings()));
            case AdmissionVoted e -> Step.taken(e.getCandidateId(), branch(e.getBranchCode()), Stage.BRANCH_VOTED,
                    e.getVotedOn()).withFindings(rules(e.getFindings()));
            case AdmissionProposed e -> Step.taken(e.getCandidateId(), branch(e.getBranchCode()), Stage.PROPOSED,
                    e.getProposedOn());
            case AdmissionDecided e -> Step.taken(e.getCandidateId(), branch(e.getBranchCode()),
                    Stage.ADMISSION_DECIDED, e.getDecidedOn()).withFindings(rules(e.getFindings()));
            case NewMemberClassCompleted e -> Step.taken(e.getCandidateId(), branch(e.getBranchCode()),
                    Stage.NEW_MEMBER_CLASS_COMPLETED, e.getCompletedOn());
            case RecognitionVoted e -> Step.taken(e.getCandidateId(), branch(e.getBranchCode()),
                    Stage.RECOGNITION_VOTED, e.getVotedOn()).withFindings(rules(e.getFindings()));
            case QuotaAssigned e -> quota(e);
            case ClassHeld e -> classHeld(e);
            // The later steps carry the new attributes; the update itself moves no figure (issue 13).
            case CandidateAttributesUpdated e -> new Effect.ReceivedOnly();
            case StepCorrected e -> {
                Optional<Step> before = counted(e.getCandidateId(), e.getBefore());
                Optional<Step> after = counted(e.getCandidateId(), e.getAfter());
                Optional<Stage> now = stage(e.getStageNow());
                yield before.isPresent() && after.isPresent() && now.isPresent()
                        ? new Effect.Correction(before.get(), after.get(), now.get()) : unreadable(e);
            }
            case StepVoided e -> {
                Optional<Step> voided = counted(e.getCandidateId(), e.getVoided());
                Optional<Stage> now = stage(e.getStageNow());
                yield voided.isPresent() && now.isPresent()
                        ? new Effect.Voiding(voided.get(), now.get(), branch(e.getBranchNow())) : unreadable(e);
            }
            default -> {
                LOG.debug("Event type {} moves no figure here; received only", event.getClass().getSimpleName());
                yield new Effect.ReceivedOnly();
            }
        };
    }

    /**
     * A step as a correction or void says it counted, as the step's own event would have counted it (the same
     * factories); empty for a step type this aggregator does not know.
     */
    private static Optional<Step> counted(String candidateId, StepFigures step) {
        UnitCode branch = branch(step.getBranchCode());
        LocalDate on = step.getOccurredOn();
        return Optional.ofNullable(switch (step.getStepType()) {
            case "SourceCreated" -> Step.sourceCreated(candidateId, branch, on, person(step.getAttributes()),
                    String.valueOf(step.getIntroducedBy()));
            case "CandidateAdmitted" -> Step.admitted(candidateId, branch, on, person(step.getAttributes()),
                    step.getReadmission(), step.getAgeAtAdmission());
            case "SympathiserAdded" -> Step.sympathiserAdded(candidateId, branch, on, person(step.getAttributes()));
            case "SympathiserRemoved" -> Step.sympathiserRemoved(candidateId, branch, on, person(step.getAttributes()));
            case "AwarenessCertificateIssued" -> Step.certificateIssued(candidateId, branch, on,
                    person(step.getAttributes()));
            case "CandidateRecognised" -> Step.recognised(candidateId, branch, on, person(step.getAttributes()));
            case "CandidateExited" -> MOVED.equals(String.valueOf(step.getExitReason()))
                    ? Step.movedAway(candidateId, branch, on)
                    : Step.exited(candidateId, branch, on, person(step.getAttributes()));
            default -> STAGE_OF_UNCOUNTED_STEP.containsKey(step.getStepType())
                    ? Step.taken(candidateId, branch, STAGE_OF_UNCOUNTED_STEP.get(step.getStepType()), on) : null;
        });
    }

    private static Optional<Stage> stage(String symbol) {
        try {
            return Optional.of(Stage.valueOf(symbol));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** A correction naming a step or stage from a newer unit service: its place in the log still counts. */
    private static Effect unreadable(Object event) {
        LOG.warn("{} names a step or stage this aggregator does not know; received only",
                event.getClass().getSimpleName());
        return new Effect.ReceivedOnly();
    }

    /** Awareness and new-member classes count apart; a class of another kind moves no figure. */
    private static Effect classHeld(ClassHeld event) {
        return switch (event.getKind()) {
            case AWARENESS -> new Effect.ClassHeld(new UnitCode(event.getOrganiserCode()), event.getHeldOn(),
                    Metric.AWARENESS_CLASSES);
            case NEW_MEMBER -> new Effect.ClassHeld(new UnitCode(event.getOrganiserCode()), event.getHeldOn(),
                    Metric.NEW_MEMBER_CLASSES);
            case OTHER -> new Effect.ReceivedOnly();
        };
    }

    private static Effect quota(QuotaAssigned event) {
        Optional<Period> period = period(event.getPeriod());
        if (period.isEmpty() || event.getMetric() == QuotaMetric.OTHER || event.getTarget() < 0) {
            LOG.warn("Quota for {} ({} {}, {} {}) cannot be modelled; received only", event.getTargetUnitCode(),
                    event.getPeriod().getKind(), event.getPeriod().getYear(), event.getMetric(), event.getTarget());
            return new Effect.ReceivedOnly();
        }
        Map<String, Integer> breakdown = new HashMap<>();
        event.getBreakdown().forEach((attribute, value) -> breakdown.put(attribute.toString(), value));
        PlanReference plan = new PlanReference(event.getPlan().getNumber(),
                Optional.ofNullable(event.getPlan().getIssuedOn()), Optional.empty());
        return new Effect.Assignment(Quota.stated(new UnitCode(event.getTargetUnitCode()),
                new UnitCode(event.getIssuingUnitCode()), plan, period.get(),
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

    /** The findings' rule codes only: the aggregator counts findings, and the values stay in the committee's history. */
    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(finding -> finding.getRuleCode().toString()).toList();
    }

    private static UnitCode branch(String code) {
        return new UnitCode(code);
    }

    private static Person person(ReportingAttributes attributes) {
        return new Person(attributes.getGender() == vn.pdv.events.Gender.FEMALE, attributes.getBirthYear(),
                attributes.getEthnicMinority(), attributes.getReligious(), attributes.getYouthUnionMember(),
                attributes.getTradeUnionMember(), attributes.getEducationCategory().name(),
                attributes.getProfessionalCategory().name(), attributes.getSectorCategory().name());
    }
}
