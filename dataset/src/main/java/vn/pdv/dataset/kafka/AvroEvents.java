package vn.pdv.dataset.kafka;

import org.apache.avro.specific.SpecificRecord;
import vn.pdv.dataset.Entry;
import vn.pdv.dataset.organisation.Unit;
import vn.pdv.dataset.organisation.UnitCode;
import vn.pdv.dataset.pipeline.Attributes;
import vn.pdv.dataset.pipeline.Step;
import vn.pdv.dataset.quota.QuotaAssigned;
import vn.pdv.events.EventMetadata;

/**
 * Entries to the contract's Avro records, field for field as the unit service's own mapper writes them
 * ({@code vn.pdv.unit.outbox.kafka.AvroEvents}). One direction only.
 */
final class AvroEvents {

    private AvroEvents() {
    }

    static SpecificRecord toAvro(Entry entry) {
        EventMetadata metadata = EventMetadata.newBuilder()
                .setEventId(entry.id().value())
                .setUnitCode(entry.log().value())
                .setSequence(entry.sequence())
                .setOccurredAt(entry.occurredAt())
                .setRecordedAt(entry.recordedAt())
                .build();
        return switch (entry.fact()) {
            case Unit e -> vn.pdv.events.UnitRegistered.newBuilder()
                    .setMetadata(metadata)
                    .setCode(e.code().value())
                    .setName(e.name())
                    .setKind(vn.pdv.events.UnitKind.valueOf(e.kind().name()))
                    .setParentCode(code(e.parent()))
                    .setEffectiveFrom(e.effectiveFrom())
                    .build();
            case QuotaAssigned e -> vn.pdv.events.QuotaAssigned.newBuilder()
                    .setMetadata(metadata)
                    .setIssuingUnitCode(e.issuedBy().value())
                    .setTargetUnitCode(e.target().value())
                    .setPlan(vn.pdv.events.PlanReference.newBuilder()
                            .setNumber(e.planNumber())
                            .setIssuedOn(e.planIssuedOn())
                            .build())
                    .setPeriod(vn.pdv.events.QuotaPeriod.newBuilder()
                            .setKind(e.period().isTerm() ? vn.pdv.events.PeriodKind.TERM : vn.pdv.events.PeriodKind.YEAR)
                            .setYear(e.period().year())
                            .setEndYear(e.period().isTerm() ? e.period().endYear() : null)
                            .setPart(null)
                            .build())
                    .setMetric(vn.pdv.events.QuotaMetric.valueOf(e.metric().name()))
                    .setTarget(e.quota())
                    .setBreakdown(java.util.Map.copyOf(e.breakdown()))
                    .build();
            case Step step -> step(metadata, step);
            default -> throw new IllegalArgumentException("No Avro mapping for " + entry.fact().getClass().getSimpleName());
        };
    }

    private static SpecificRecord step(EventMetadata metadata, Step step) {
        String candidate = step.candidate().value();
        String branch = step.branch().value();
        return switch (step) {
            case Step.SourceCreated e -> vn.pdv.events.SourceCreated.newBuilder()
                    .setMetadata(metadata).setCandidateId(candidate).setBranchCode(branch)
                    .setIntroducedBy(vn.pdv.events.IntroducingOrganisation.valueOf(e.introducedBy().name()))
                    .setIdentifiedOn(e.identifiedOn())
                    .setAttributes(attributes(e.attributes()))
                    .build();
            case Step.SympathiserAdded e -> vn.pdv.events.SympathiserAdded.newBuilder()
                    .setMetadata(metadata).setCandidateId(candidate).setBranchCode(branch)
                    .setAddedOn(e.addedOn())
                    .setResolutionNumber(e.resolutionNumber())
                    .setAttributes(attributes(e.attributes()))
                    .build();
            case Step.SympathiserRemoved e -> vn.pdv.events.SympathiserRemoved.newBuilder()
                    .setMetadata(metadata).setCandidateId(candidate).setBranchCode(branch)
                    .setRemovedOn(e.removedOn())
                    .setResolutionNumber(e.resolutionNumber())
                    .setAttributes(attributes(e.attributes()))
                    .build();
            case Step.AwarenessCertificateIssued e -> vn.pdv.events.AwarenessCertificateIssued.newBuilder()
                    .setMetadata(metadata).setCandidateId(candidate).setBranchCode(branch)
                    .setCertificateNumber(e.certificateNumber())
                    .setIssuedOn(e.issuedOn())
                    .setAttributes(attributes(e.attributes()))
                    .build();
            case Step.BackgroundVerified e -> vn.pdv.events.BackgroundVerified.newBuilder()
                    .setMetadata(metadata).setCandidateId(candidate).setBranchCode(branch)
                    .setStartedOn(e.startedOn())
                    .setConcludedOn(e.concludedOn())
                    .build();
            case Step.CandidateIntroduced e -> vn.pdv.events.CandidateIntroduced.newBuilder()
                    .setMetadata(metadata).setCandidateId(candidate).setBranchCode(branch)
                    .setRoute(vn.pdv.events.IntroductionRoute.valueOf(e.route().name()))
                    .setIntroducedOn(e.introducedOn())
                    .build();
            case Step.AdmissionVoted e -> vn.pdv.events.AdmissionVoted.newBuilder()
                    .setMetadata(metadata).setCandidateId(candidate).setBranchCode(branch)
                    .setVotedOn(e.votedOn())
                    .setOfficialMembers(e.vote().officialMembers())
                    .setOfficialMembersPresent(e.vote().present())
                    .setVotesFor(e.vote().votesFor())
                    .setVotesAgainst(e.vote().votesAgainst())
                    .setProvincialApproval(false)
                    .build();
            case Step.AdmissionProposed e -> vn.pdv.events.AdmissionProposed.newBuilder()
                    .setMetadata(metadata).setCandidateId(candidate).setBranchCode(branch)
                    .setProposedTo(e.proposedTo().value())
                    .setProposedOn(e.proposedOn())
                    .build();
            case Step.AdmissionDecided e -> vn.pdv.events.AdmissionDecided.newBuilder()
                    .setMetadata(metadata).setCandidateId(candidate).setBranchCode(branch)
                    .setDecidedBy(e.decision().decidedBy().value())
                    .setDecisionNumber(e.decision().number())
                    .setDecidedOn(e.decision().decidedOn())
                    .setDeadlineExtended(e.decision().deadlineExtended())
                    .build();
            case Step.CandidateAdmitted e -> vn.pdv.events.CandidateAdmitted.newBuilder()
                    .setMetadata(metadata).setCandidateId(candidate).setBranchCode(branch)
                    .setDecidedBy(e.decision().decidedBy().value())
                    .setDecisionNumber(e.decision().number())
                    .setDecidedOn(e.decision().decidedOn())
                    .setAdmittedOn(e.admittedOn())
                    .setReadmission(e.readmission())
                    .setAttributes(attributes(e.attributes()))
                    .build();
            case Step.NewMemberClassCompleted e -> vn.pdv.events.NewMemberClassCompleted.newBuilder()
                    .setMetadata(metadata).setCandidateId(candidate).setBranchCode(branch)
                    .setCompletedOn(e.completedOn())
                    .build();
            case Step.RecognitionVoted e -> vn.pdv.events.RecognitionVoted.newBuilder()
                    .setMetadata(metadata).setCandidateId(candidate).setBranchCode(branch)
                    .setVotedOn(e.votedOn())
                    .setOfficialMembers(e.vote().officialMembers())
                    .setOfficialMembersPresent(e.vote().present())
                    .setVotesFor(e.vote().votesFor())
                    .setVotesAgainst(e.vote().votesAgainst())
                    .build();
            case Step.CandidateRecognised e -> vn.pdv.events.CandidateRecognised.newBuilder()
                    .setMetadata(metadata).setCandidateId(candidate).setBranchCode(branch)
                    .setDecidedBy(e.decision().decidedBy().value())
                    .setDecisionNumber(e.decision().number())
                    .setDecidedOn(e.decision().decidedOn())
                    .setDeadlineExtended(e.decision().deadlineExtended())
                    .setAttributes(attributes(e.attributes()))
                    .build();
            case Step.CandidateExited e -> vn.pdv.events.CandidateExited.newBuilder()
                    .setMetadata(metadata).setCandidateId(candidate).setBranchCode(branch)
                    .setReason(vn.pdv.events.ExitReason.valueOf(e.reason().name()))
                    .setStageAtExit(vn.pdv.events.CandidateStage.valueOf(e.stageAtExit().name()))
                    .setExitedOn(e.exitedOn())
                    .setMovedTo(code(e.movedTo()))
                    .setAttributes(attributes(e.attributes()))
                    .build();
        };
    }

    private static vn.pdv.events.ReportingAttributes attributes(Attributes a) {
        return vn.pdv.events.ReportingAttributes.newBuilder()
                .setGender(vn.pdv.events.Gender.valueOf(a.gender().name()))
                .setBirthYear(a.birthYear())
                .setEthnicMinority(a.ethnicMinority())
                .setReligious(a.religious())
                .setYouthUnionMember(a.youthUnionMember())
                .setTradeUnionMember(a.tradeUnionMember())
                .setGeneralEducation(a.generalEducation())
                .setProfessionalLevel(a.professionalLevel())
                .setOccupationSector(a.occupationSector())
                .setEducationCategory(education(a.generalEducation()))
                .setProfessionalCategory(profession(a.professionalLevel()))
                .setSectorCategory(sector(a.occupationSector()))
                .build();
    }

    /**
     * The categories a unit service reads from the words the generator types ({@code Careers.person}): a fixed table
     * of those words, not the unit service's reading of whatever a clerk types, so the dataset stays independent of it.
     */
    private static vn.pdv.events.GeneralEducation education(String typed) {
        return switch (typed == null ? "" : typed) {
            case "12/12" -> vn.pdv.events.GeneralEducation.UPPER_SECONDARY;
            case "9/12" -> vn.pdv.events.GeneralEducation.LOWER_SECONDARY;
            default -> vn.pdv.events.GeneralEducation.UNSPECIFIED;
        };
    }

    private static vn.pdv.events.ProfessionalLevel profession(String typed) {
        return switch (typed == null ? "" : typed) {
            case "Thạc sĩ" -> vn.pdv.events.ProfessionalLevel.MASTER;
            case "Đại học" -> vn.pdv.events.ProfessionalLevel.UNIVERSITY;
            case "Cao đẳng" -> vn.pdv.events.ProfessionalLevel.COLLEGE;
            case "Trung cấp" -> vn.pdv.events.ProfessionalLevel.INTERMEDIATE;
            default -> vn.pdv.events.ProfessionalLevel.UNSPECIFIED;
        };
    }

    private static vn.pdv.events.OccupationSector sector(String typed) {
        return switch (typed == null ? "" : typed) {
            case "Viên chức", "Công chức" -> vn.pdv.events.OccupationSector.PUBLIC_SERVANT;
            case "Công nhân" -> vn.pdv.events.OccupationSector.WORKER;
            case "Lực lượng vũ trang" -> vn.pdv.events.OccupationSector.MILITARY;
            case "Nông dân" -> vn.pdv.events.OccupationSector.FARMER;
            case "Học sinh, sinh viên" -> vn.pdv.events.OccupationSector.STUDENT;
            case "Lao động tự do" -> vn.pdv.events.OccupationSector.OTHER;
            default -> vn.pdv.events.OccupationSector.UNSPECIFIED;
        };
    }

    private static String code(UnitCode code) {
        return code == null ? null : code.value();
    }
}
