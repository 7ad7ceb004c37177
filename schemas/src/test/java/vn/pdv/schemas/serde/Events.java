package vn.pdv.schemas.serde;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import vn.pdv.events.AlertKind;
import vn.pdv.events.AlertRaised;
import vn.pdv.events.CandidateAdmitted;
import vn.pdv.events.CandidateTransferredIn;
import vn.pdv.events.EventMetadata;
import vn.pdv.events.Finding;
import vn.pdv.events.FulfilmentStatus;
import vn.pdv.events.Gender;
import vn.pdv.events.GeneralEducation;
import vn.pdv.events.IntroducingOrganisation;
import vn.pdv.events.OccupationSector;
import vn.pdv.events.PeriodKind;
import vn.pdv.events.PlanReference;
import vn.pdv.events.ProfessionalLevel;
import vn.pdv.events.QuotaAssigned;
import vn.pdv.events.QuotaMetric;
import vn.pdv.events.QuotaPeriod;
import vn.pdv.events.ReportingAttributes;
import vn.pdv.events.SourceCreated;
import vn.pdv.events.StepCorrected;
import vn.pdv.events.StepFigures;
import vn.pdv.events.StepVoided;
import vn.pdv.events.UnitKind;
import vn.pdv.events.UnitRegistered;

/** One plausible event of each type, with every optional field set so a round trip exercises it. */
final class Events {

    static final String UNIT = "DU-XA-TAN-AN";
    /** A pseudonymous account subject, as Keycloak gives it: the actor of a step. */
    static final String ACTOR = "4e126b75-3c85-460a-ac58-b76159e84243";

    private Events() {
    }

    static List<SpecificRecord> everyEventType() {
        return List.of(aUnitRegistered(), aSourceCreated(), aCandidateAdmitted(), aQuotaAssigned(), aStepCorrected(),
                aStepVoided(), aCandidateTransferredIn());
    }

    static EventMetadata metadata(long sequence) {
        return EventMetadata.newBuilder()
                .setEventId("6f1c2d8e-0000-4000-8000-00000000000" + (sequence % 10))
                .setUnitCode(UNIT)
                .setSequence(sequence)
                .setOccurredAt(Instant.parse("2024-03-26T08:30:00.123Z"))
                .setRecordedAt(Instant.parse("2024-03-27T02:15:42.456Z"))
                .setActor(ACTOR)
                .build();
    }

    /**
     * An event's schema as it stood before {@code EventMetadata.actor} was added (version 1 of the envelope), for
     * tests that old and new writers and readers still understand each other.
     */
    static Schema beforeTheActor(Schema event) {
        Schema metadata = event.getField("metadata").schema();
        List<Schema.Field> metadataFields = new ArrayList<>();
        metadata.getFields().stream().filter(field -> !field.name().equals("actor"))
                .forEach(field -> metadataFields.add(new Schema.Field(field, field.schema())));
        Schema olderMetadata = Schema.createRecord(metadata.getName(), metadata.getDoc(), metadata.getNamespace(), false,
                metadataFields);
        List<Schema.Field> fields = new ArrayList<>();
        event.getFields().forEach(field -> fields.add(new Schema.Field(field,
                field.name().equals("metadata") ? olderMetadata : field.schema())));
        return Schema.createRecord(event.getName(), event.getDoc(), event.getNamespace(), false, fields);
    }

    /** An event's schema as it stood before the step's {@code findings} were added (issue 13). */
    static Schema beforeTheFindings(Schema event) {
        List<Schema.Field> fields = new ArrayList<>();
        event.getFields().stream().filter(field -> !field.name().equals("findings"))
                .forEach(field -> fields.add(new Schema.Field(field, field.schema())));
        return Schema.createRecord(event.getName(), event.getDoc(), event.getNamespace(), false, fields);
    }

    /** An admission whose ceremony came 12 working days after its deadline: recorded, with the finding. */
    static CandidateAdmitted aLateCandidateAdmitted() {
        return CandidateAdmitted.newBuilder(aCandidateAdmitted())
                .setFindings(List.of(Finding.newBuilder()
                        .setRuleCode("CEREMONY_DEADLINE")
                        .setWorkingDaysLate(12)
                        .setValues(Map.of("dueBy", "2024-03-08", "stepOn", "2024-03-26"))
                        .build()))
                .build();
    }

    /** An admission with its categories and age at admission (issue 13). */
    static CandidateAdmitted aCategorisedCandidateAdmitted() {
        return CandidateAdmitted.newBuilder(aCandidateAdmitted())
                .setAgeAtAdmission(23)
                .setAttributes(ReportingAttributes.newBuilder(attributes())
                        .setEducationCategory(GeneralEducation.UPPER_SECONDARY)
                        .setProfessionalCategory(ProfessionalLevel.UNIVERSITY)
                        .setSectorCategory(OccupationSector.PUBLIC_SERVANT)
                        .build())
                .build();
    }

    /**
     * {@code CandidateAdmitted} as main held it before the categories and the age (commit f763b5e), kept verbatim
     * under {@code src/test/resources/before-categories}; the envelope and the finding are today's, which did not change.
     */
    static Schema beforeTheCategories() {
        Schema.Parser parser = new Schema.Parser();
        parser.parse(EventMetadata.getClassSchema().toString());
        parser.parse(Finding.getClassSchema().toString());
        parser.parse(resource("/before-categories/ReportingAttributes.avsc"));
        return parser.parse(resource("/before-categories/CandidateAdmitted.avsc"));
    }

    private static String resource(String path) {
        try (var in = Events.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ReportingAttributes attributes() {
        return ReportingAttributes.newBuilder()
                .setGender(Gender.FEMALE)
                .setBirthYear(2001)
                .setEthnicMinority(true)
                .setYouthUnionMember(true)
                .setGeneralEducation("12/12")
                .setProfessionalLevel("university")
                .setOccupationSector("teacher")
                .build();
    }

    static UnitRegistered aUnitRegistered() {
        return UnitRegistered.newBuilder()
                .setMetadata(metadata(1))
                .setCode("CB-THON-3")
                .setName("Chi bộ Thôn 3")
                .setKind(UnitKind.SUBORDINATE_BRANCH)
                .setParentCode(UNIT)
                .setEffectiveFrom(LocalDate.of(2020, 1, 1))
                .build();
    }

    static SourceCreated aSourceCreated() {
        return SourceCreated.newBuilder()
                .setMetadata(metadata(2))
                .setCandidateId("cand-7f3a")
                .setBranchCode("CB-THON-3")
                .setIntroducedBy(IntroducingOrganisation.YOUTH_UNION)
                .setIdentifiedOn(LocalDate.of(2024, 2, 14))
                .setAttributes(attributes())
                .build();
    }

    static CandidateAdmitted aCandidateAdmitted() {
        return CandidateAdmitted.newBuilder()
                .setMetadata(metadata(3))
                .setCandidateId("cand-7f3a")
                .setBranchCode("CB-THON-3")
                .setDecidedBy(UNIT)
                .setDecisionNumber("125-QĐ/ĐU")
                .setDecidedOn(LocalDate.of(2024, 3, 20))
                .setAdmittedOn(LocalDate.of(2024, 3, 26))
                .setReadmission(true)
                .setAttributes(attributes())
                .build();
    }

    static QuotaAssigned aQuotaAssigned() {
        return QuotaAssigned.newBuilder()
                .setMetadata(metadata(4))
                .setIssuingUnitCode(UNIT)
                .setTargetUnitCode("CB-THON-3")
                .setPlan(PlanReference.newBuilder().setNumber("104-KH/ĐUK").setIssuedOn(LocalDate.of(2024, 1, 5)).build())
                .setPeriod(QuotaPeriod.newBuilder().setKind(PeriodKind.TERM).setYear(2020).setEndYear(2025).build())
                .setMetric(QuotaMetric.ADMISSIONS)
                .setTarget(20)
                .setBreakdown(Map.of("YOUTH_UNION", 12, "TRADE_UNION", 3))
                .build();
    }

    /** The admission of {@link #aCandidateAdmitted()} moved to the day and branch it really happened on. */
    static StepCorrected aStepCorrected() {
        return StepCorrected.newBuilder()
                .setMetadata(metadata(5))
                .setCandidateId("cand-7f3a")
                .setCorrectedEventId("6f1c2d8e-0000-4000-8000-000000000003")
                .setCorrectedSequence(3L)
                .setBefore(anAdmissionCounted("CB-THON-3", LocalDate.of(2024, 3, 26)))
                .setAfter(anAdmissionCounted("CB-THON-4", LocalDate.of(2024, 4, 2)))
                .setStageNow("PROBATIONARY_MEMBER")
                .build();
    }

    /** That admission, recorded by mistake, voided: the candidate is back to the decision. */
    static StepVoided aStepVoided() {
        return StepVoided.newBuilder()
                .setMetadata(metadata(6))
                .setCandidateId("cand-7f3a")
                .setVoidedEventId("6f1c2d8e-0000-4000-8000-000000000003")
                .setVoidedSequence(3L)
                .setVoided(anAdmissionCounted("CB-THON-4", LocalDate.of(2024, 4, 2)))
                .setStageNow("ADMISSION_DECIDED")
                .setBranchNow("CB-THON-4")
                .build();
    }

    /** A sympathiser taken in from another committee under the id that committee gave them (issue 13). */
    static CandidateTransferredIn aCandidateTransferredIn() {
        return CandidateTransferredIn.newBuilder()
                .setMetadata(metadata(7))
                .setCandidateId("cand-7f3a")
                .setBranchCode("CB-THON-5")
                .setFromCommitteeCode("DU-XA-TAN-BINH")
                .setStage("SYMPATHISER")
                .setTransferredOn(LocalDate.of(2024, 5, 6))
                .setAttributes(attributes())
                .build();
    }

    /** A move to another committee, recorded by mistake, voided: counted as no exit, which the figures say. */
    static StepVoided aMovedExitVoided() {
        return StepVoided.newBuilder()
                .setMetadata(metadata(8))
                .setCandidateId("cand-7f3a")
                .setVoidedEventId("6f1c2d8e-0000-4000-8000-000000000007")
                .setVoidedSequence(7L)
                .setVoided(StepFigures.newBuilder()
                        .setStepType("CandidateExited")
                        .setBranchCode("CB-THON-3")
                        .setOccurredOn(LocalDate.of(2024, 5, 2))
                        .setAttributes(attributes())
                        .setExitReason("MOVED_TO_ANOTHER_UNIT")
                        .build())
                .setStageNow("SYMPATHISER")
                .setBranchNow("CB-THON-3")
                .build();
    }

    /** A correction's or void's schema as it stood before {@code StepFigures.exitReason} (issue 13). */
    static Schema beforeTheExitReason(Schema event) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : event.getFields()) {
            Schema type = field.schema();
            if (type.getType() == Schema.Type.RECORD && type.getName().equals("StepFigures")) {
                List<Schema.Field> figures = new ArrayList<>();
                type.getFields().stream().filter(figure -> !figure.name().equals("exitReason"))
                        .forEach(figure -> figures.add(new Schema.Field(figure, figure.schema())));
                type = Schema.createRecord(type.getName(), type.getDoc(), type.getNamespace(), false, figures);
            }
            fields.add(new Schema.Field(field, type));
        }
        return Schema.createRecord(event.getName(), event.getDoc(), event.getNamespace(), false, fields);
    }

    static StepFigures anAdmissionCounted(String branch, LocalDate on) {
        return StepFigures.newBuilder()
                .setStepType("CandidateAdmitted")
                .setBranchCode(branch)
                .setOccurredOn(on)
                .setAttributes(attributes())
                .setReadmission(true)
                .build();
    }

    static AlertRaised anAlertRaised() {
        return AlertRaised.newBuilder()
                .setAlertId("alert-0001")
                .setUnitCode("CB-THON-3")
                .setAddressedTo(List.of("CB-THON-3", UNIT, "DUK"))
                .setKind(AlertKind.STATUS_CHANGED)
                .setStatus(FulfilmentStatus.LAGGING)
                .setPreviousStatus(FulfilmentStatus.AT_RISK)
                .setMetric("ADMISSIONS")
                .setPeriodLabel("2024")
                .setQuota(20)
                .setActual(9)
                .setPercentOfPlan("45.0")
                .setRaisedAt(Instant.parse("2024-09-30T01:00:00.250Z"))
                .setMessageVi("Chi bộ Thôn 3 chậm tiến độ kết nạp năm 2024: 9/20 (45,0%).")
                .setMessageEn("Chi bộ Thôn 3 is lagging on 2024 admissions: 9/20 (45.0%).")
                .build();
    }
}
