package vn.pdv.aggregator.agenda;

import java.time.LocalDate;
import java.util.List;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.events.AdmissionDecided;
import vn.pdv.events.AdmissionProposed;
import vn.pdv.events.AdmissionVoted;
import vn.pdv.events.RecognitionVoted;
import vn.pdv.events.StepCorrected;
import vn.pdv.events.StepFigures;
import vn.pdv.events.StepVoided;

/** The steps before a committee's decision, and their voids and corrections, as a unit service's log would carry them. */
final class AgendaEvents {

    private final UnitLog log;

    AgendaEvents(UnitLog log) {
        this.log = log;
    }

    AdmissionVoted voted(String candidate, String branch, LocalDate on) {
        return AdmissionVoted.newBuilder().setMetadata(log.next()).setCandidateId(candidate).setBranchCode(branch)
                .setVotedOn(on).setOfficialMembers(9).setOfficialMembersPresent(9).setVotesFor(9).setVotesAgainst(0)
                .setProvincialApproval(false).setFindings(List.of()).build();
    }

    AdmissionProposed proposed(String candidate, String branch, LocalDate on) {
        return AdmissionProposed.newBuilder().setMetadata(log.next()).setCandidateId(candidate).setBranchCode(branch)
                .setProposedTo(log.committee()).setProposedOn(on).build();
    }

    AdmissionDecided decided(String candidate, String branch, LocalDate on) {
        return AdmissionDecided.newBuilder().setMetadata(log.next()).setCandidateId(candidate).setBranchCode(branch)
                .setDecidedBy(log.committee()).setDecisionNumber("12-QĐ/ĐU").setDecidedOn(on)
                .setDeadlineExtended(false).setFindings(List.of()).build();
    }

    RecognitionVoted recognitionVoted(String candidate, String branch, LocalDate on) {
        return RecognitionVoted.newBuilder().setMetadata(log.next()).setCandidateId(candidate).setBranchCode(branch)
                .setVotedOn(on).setOfficialMembers(9).setOfficialMembersPresent(9).setVotesFor(9).setVotesAgainst(0)
                .setFindings(List.of()).build();
    }

    /** The decision voided: the candidate is back at the proposal, awaiting the committee again. */
    StepVoided decisionVoided(AdmissionDecided decision) {
        return StepVoided.newBuilder().setMetadata(log.next()).setCandidateId(decision.getCandidateId())
                .setVoidedEventId(decision.getMetadata().getEventId())
                .setVoidedSequence(decision.getMetadata().getSequence())
                .setVoided(step("AdmissionDecided", decision.getBranchCode(), decision.getDecidedOn()))
                .setStageNow("PROPOSED").setBranchNow(decision.getBranchCode()).build();
    }

    /** The branch's vote corrected to another day, the candidate still awaiting the decision. */
    StepCorrected voteCorrected(AdmissionVoted vote, LocalDate on) {
        return StepCorrected.newBuilder().setMetadata(log.next()).setCandidateId(vote.getCandidateId())
                .setCorrectedEventId(vote.getMetadata().getEventId())
                .setCorrectedSequence(vote.getMetadata().getSequence())
                .setBefore(step("AdmissionVoted", vote.getBranchCode(), vote.getVotedOn()))
                .setAfter(step("AdmissionVoted", vote.getBranchCode(), on)).setStageNow("PROPOSED").build();
    }

    private static StepFigures step(String type, String branch, LocalDate on) {
        return StepFigures.newBuilder().setStepType(type).setBranchCode(branch).setOccurredOn(on).setReadmission(false)
                .build();
    }
}
