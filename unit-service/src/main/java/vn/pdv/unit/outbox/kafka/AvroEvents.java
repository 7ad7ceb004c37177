package vn.pdv.unit.outbox.kafka;

import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import vn.pdv.events.EventMetadata;
import vn.pdv.unit.classes.ClassHeld;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.UnitRegistered;
import vn.pdv.unit.outbox.LoggedEvent;
import vn.pdv.unit.outbox.UnitEvent;
import vn.pdv.unit.pipeline.AdmissionDecided;
import vn.pdv.unit.pipeline.AdmissionProposed;
import vn.pdv.unit.pipeline.AdmissionVoted;
import vn.pdv.unit.pipeline.AwarenessCertificateIssued;
import vn.pdv.unit.pipeline.BackgroundVerified;
import vn.pdv.unit.pipeline.CandidateAdmitted;
import vn.pdv.unit.pipeline.CandidateAttributesUpdated;
import vn.pdv.unit.pipeline.CandidateEvent;
import vn.pdv.unit.pipeline.CandidateExited;
import vn.pdv.unit.pipeline.CandidateIntroduced;
import vn.pdv.unit.pipeline.CandidateRecognised;
import vn.pdv.unit.pipeline.CandidateTransferredIn;
import vn.pdv.unit.pipeline.NewMemberClassCompleted;
import vn.pdv.unit.pipeline.RecognitionVoted;
import vn.pdv.unit.pipeline.ReportingAttributes;
import vn.pdv.unit.pipeline.SourceCreated;
import vn.pdv.unit.pipeline.StepRevised;
import vn.pdv.unit.pipeline.SympathiserAdded;
import vn.pdv.unit.pipeline.SympathiserRemoved;
import vn.pdv.unit.quota.QuotaAssigned;
import vn.pdv.unit.review.SympathiserListReviewed;

/**
 * Turns logged domain events into the Avro records of the contract in {@code schemas/}. One direction only. What is
 * local to the committee (the member assigned to help, the introducers' references, who reviewed a sympathiser list and
 * what they noted) stays off the records.
 */
final class AvroEvents {

    private AvroEvents() {
    }

    static SpecificRecord toAvro(LoggedEvent logged) {
        EventMetadata metadata = EventMetadata.newBuilder()
                .setEventId(logged.id().value())
                .setUnitCode(logged.unit().value())
                .setSequence(logged.sequence())
                .setOccurredAt(logged.occurredAt())
                .setRecordedAt(logged.recordedAt())
                .setActor(logged.recordedBy() == null ? null : logged.recordedBy().value())
                .build();
        return switch (logged.payload()) {
            case UnitEvent.UnitChange(UnitRegistered e) -> vn.pdv.events.UnitRegistered.newBuilder()
                    .setMetadata(metadata)
                    .setCode(e.code().value())
                    .setName(e.name())
                    .setKind(vn.pdv.events.UnitKind.valueOf(e.kind().name()))
                    .setParentCode(code(e.parent()))
                    .setEffectiveFrom(e.effectiveFrom())
                    .build();
            case UnitEvent.QuotaChange(QuotaAssigned e) -> vn.pdv.events.QuotaAssigned.newBuilder()
                    .setMetadata(metadata)
                    .setIssuingUnitCode(e.issuedBy().value())
                    .setTargetUnitCode(e.target().value())
                    .setPlan(vn.pdv.events.PlanReference.newBuilder()
                            .setNumber(e.plan().number())
                            .setIssuedOn(e.plan().issuedOn())
                            .build())
                    .setPeriod(vn.pdv.events.QuotaPeriod.newBuilder()
                            .setKind(vn.pdv.events.PeriodKind.valueOf(e.period().kind().name()))
                            .setYear(e.period().year())
                            .setEndYear(e.period().endYear())
                            .setPart(e.period().part())
                            .build())
                    .setMetric(vn.pdv.events.QuotaMetric.valueOf(e.metric().name()))
                    .setTarget(e.quota())
                    .setBreakdown(Map.copyOf(e.breakdown()))
                    .build();
            case UnitEvent.CandidateStep(CandidateEvent step) -> candidateStep(metadata, step);
            case UnitEvent.CandidateRevision(StepRevised.StepCorrected e) -> vn.pdv.events.StepCorrected.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setCorrectedEventId(e.revisedPlace() == null ? null : e.revisedPlace().eventId())
                    .setCorrectedSequence(e.revisedPlace() == null ? null : e.revisedPlace().sequence())
                    .setBefore(figures(metadata, e.before()))
                    .setAfter(figures(metadata, e.after()))
                    .setStageNow(e.stageNow().name())
                    .build();
            case UnitEvent.CandidateRevision(StepRevised.StepVoided e) -> vn.pdv.events.StepVoided.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setVoidedEventId(e.revisedPlace() == null ? null : e.revisedPlace().eventId())
                    .setVoidedSequence(e.revisedPlace() == null ? null : e.revisedPlace().sequence())
                    .setVoided(figures(metadata, e.voided()))
                    .setStageNow(e.stageNow().name())
                    .setBranchNow(e.branchNow().value())
                    .build();
            case UnitEvent.ReviewChange(SympathiserListReviewed e) -> vn.pdv.events.SympathiserListReviewed.newBuilder()
                    .setMetadata(metadata)
                    .setBranchCode(e.branch().value())
                    .setYear(e.quarter().year())
                    .setQuarter(e.quarter().number())
                    .setReviewedOn(e.reviewedOn())
                    .setOnList(e.onList())
                    .build();
            case UnitEvent.ClassChange(ClassHeld e) -> vn.pdv.events.ClassHeld.newBuilder()
                    .setMetadata(metadata)
                    .setClassId(e.id().value())
                    .setKind(vn.pdv.events.ClassKind.valueOf(e.kind().name()))
                    .setOrganiserCode(e.organiser().value())
                    .setStartsOn(e.startsOn())
                    .setHeldOn(e.heldOn())
                    .setEnrolled(e.enrolled())
                    .setAttended(e.attended())
                    .build();
        };
    }

    /** Every step of a candidate's pipeline: the switch names each, so a new one does not compile until mapped. */
    private static SpecificRecord candidateStep(EventMetadata metadata, CandidateEvent step) {
        return switch (step) {
            case SourceCreated e -> vn.pdv.events.SourceCreated.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setIntroducedBy(vn.pdv.events.IntroducingOrganisation.valueOf(e.introducedBy().name()))
                    .setIdentifiedOn(e.identifiedOn())
                    .setAttributes(attributes(e.attributes()))
                    .build();
            case CandidateAdmitted e -> vn.pdv.events.CandidateAdmitted.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setDecidedBy(e.decision().decidedBy().value())
                    .setDecisionNumber(e.decision().number())
                    .setDecidedOn(e.decision().decidedOn())
                    .setAdmittedOn(e.decision().admittedOn())
                    .setReadmission(e.decision().readmission())
                    .setAgeAtAdmission(e.ageAtAdmission())
                    .setAttributes(attributes(e.attributes()))
                    .setFindings(findings(e.findings()))
                    .build();
            case SympathiserAdded e -> vn.pdv.events.SympathiserAdded.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setAddedOn(e.addedOn())
                    .setResolutionNumber(e.resolutionNumber())
                    .setAttributes(attributes(e.attributes()))
                    .build();
            case SympathiserRemoved e -> vn.pdv.events.SympathiserRemoved.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setRemovedOn(e.removedOn())
                    .setResolutionNumber(e.resolutionNumber())
                    .setAttributes(attributes(e.attributes()))
                    .build();
            case AwarenessCertificateIssued e -> vn.pdv.events.AwarenessCertificateIssued.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setCertificateNumber(e.certificateNumber())
                    .setIssuedOn(e.issuedOn())
                    .setAttributes(attributes(e.attributes()))
                    .build();
            case BackgroundVerified e -> vn.pdv.events.BackgroundVerified.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setStartedOn(e.startedOn())
                    .setConcludedOn(e.concludedOn())
                    .setFindings(findings(e.findings()))
                    .build();
            case CandidateIntroduced e -> vn.pdv.events.CandidateIntroduced.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setRoute(vn.pdv.events.IntroductionRoute.valueOf(e.route().name()))
                    .setIntroducedOn(e.introducedOn())
                    .setFindings(findings(e.findings()))
                    .build();
            case AdmissionVoted e -> vn.pdv.events.AdmissionVoted.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setVotedOn(e.votedOn())
                    .setOfficialMembers(e.vote().officialMembers())
                    .setOfficialMembersPresent(e.vote().officialMembersPresent())
                    .setVotesFor(e.vote().votesFor())
                    .setVotesAgainst(e.vote().votesAgainst())
                    .setProvincialApproval(e.provincialApproval())
                    .setFindings(findings(e.findings()))
                    .build();
            case AdmissionProposed e -> vn.pdv.events.AdmissionProposed.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setProposedTo(e.proposedTo().value())
                    .setProposedOn(e.proposedOn())
                    .build();
            case AdmissionDecided e -> vn.pdv.events.AdmissionDecided.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setDecidedBy(e.decision().decidedBy().value())
                    .setDecisionNumber(e.decision().number())
                    .setDecidedOn(e.decision().decidedOn())
                    .setDeadlineExtended(e.decision().deadlineExtended())
                    .setFindings(findings(e.findings()))
                    .build();
            case CandidateAttributesUpdated e -> vn.pdv.events.CandidateAttributesUpdated.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setUpdatedOn(e.updatedOn())
                    .setAttributes(attributes(e.attributes()))
                    .build();
            case NewMemberClassCompleted e -> vn.pdv.events.NewMemberClassCompleted.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setCompletedOn(e.completedOn())
                    .build();
            case RecognitionVoted e -> vn.pdv.events.RecognitionVoted.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setVotedOn(e.votedOn())
                    .setOfficialMembers(e.vote().officialMembers())
                    .setOfficialMembersPresent(e.vote().officialMembersPresent())
                    .setVotesFor(e.vote().votesFor())
                    .setVotesAgainst(e.vote().votesAgainst())
                    .setFindings(findings(e.findings()))
                    .build();
            case CandidateRecognised e -> vn.pdv.events.CandidateRecognised.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setDecidedBy(e.decision().decidedBy().value())
                    .setDecisionNumber(e.decision().number())
                    .setDecidedOn(e.decision().decidedOn())
                    .setDeadlineExtended(e.decision().deadlineExtended())
                    .setAttributes(attributes(e.attributes()))
                    .setFindings(findings(e.findings()))
                    .build();
            case CandidateTransferredIn e -> vn.pdv.events.CandidateTransferredIn.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setFromCommitteeCode(e.fromCommittee().value())
                    .setStage(e.stage().name())
                    .setTransferredOn(e.transferredOn())
                    .setAttributes(attributes(e.attributes()))
                    .build();
            case CandidateExited e -> vn.pdv.events.CandidateExited.newBuilder()
                    .setMetadata(metadata)
                    .setCandidateId(e.candidate().value())
                    .setBranchCode(e.branch().value())
                    .setReason(vn.pdv.events.ExitReason.valueOf(e.reason().name()))
                    .setStageAtExit(vn.pdv.events.CandidateStage.valueOf(e.stageAtExit().name()))
                    .setExitedOn(e.exitedOn())
                    .setMovedTo(code(e.movedTo()))
                    .setAttributes(attributes(e.attributes()))
                    .build();
        };
    }

    /**
     * A step as the province counts it, for a correction or a void: its record's name in the contract, where and when
     * it counts, and the attributes it counts with (the name read from the step's own record, so it cannot drift from
     * the contract). The reason for the correction is not among them.
     */
    private static vn.pdv.events.StepFigures figures(EventMetadata metadata, CandidateEvent step) {
        var figures = vn.pdv.events.StepFigures.newBuilder()
                .setStepType(candidateStep(metadata, step).getSchema().getName())
                .setBranchCode(step.branch().value())
                .setOccurredOn(step.occurredOn());
        switch (step) {
            case SourceCreated e -> figures.setAttributes(attributes(e.attributes())).setIntroducedBy(e.introducedBy().name());
            case CandidateAdmitted e -> figures.setAttributes(attributes(e.attributes()))
                    .setReadmission(e.decision().readmission()).setAgeAtAdmission(e.ageAtAdmission());
            case SympathiserAdded e -> figures.setAttributes(attributes(e.attributes()));
            case SympathiserRemoved e -> figures.setAttributes(attributes(e.attributes()));
            case AwarenessCertificateIssued e -> figures.setAttributes(attributes(e.attributes()));
            case CandidateRecognised e -> figures.setAttributes(attributes(e.attributes()));
            case CandidateExited e -> figures.setAttributes(attributes(e.attributes())).setExitReason(e.reason().name());
            default -> {
                // The other steps count nothing: their stage is what a consumer reads from the step type.
            }
        }
        return figures.build();
    }

    /** The rule's code, how late and its values; the message stays with the committee (the words are each reader's). */
    private static List<vn.pdv.events.Finding> findings(List<Finding> findings) {
        return findings.stream().map(finding -> vn.pdv.events.Finding.newBuilder()
                .setRuleCode(finding.code().name())
                .setWorkingDaysLate(finding.workingDaysLate())
                .setValues(Map.copyOf(finding.values()))
                .build()).toList();
    }

    private static vn.pdv.events.ReportingAttributes attributes(ReportingAttributes a) {
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
                .setEducationCategory(vn.pdv.events.GeneralEducation.valueOf(a.education().name()))
                .setProfessionalCategory(vn.pdv.events.ProfessionalLevel.valueOf(a.profession().name()))
                .setSectorCategory(vn.pdv.events.OccupationSector.valueOf(a.sector().name()))
                .build();
    }

    private static String code(UnitCode code) {
        return code == null ? null : code.value();
    }
}
