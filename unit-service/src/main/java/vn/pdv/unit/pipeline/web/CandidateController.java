package vn.pdv.unit.pipeline.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.common.security.Caller;
import vn.pdv.common.web.Problems;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.AdmissionDecision;
import vn.pdv.unit.pipeline.Candidate;
import vn.pdv.unit.pipeline.CandidateEvent;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.CandidateTransferredIn;
import vn.pdv.unit.pipeline.CommitteeDecision;
import vn.pdv.unit.pipeline.ExitReason;
import vn.pdv.unit.pipeline.Gender;
import vn.pdv.unit.pipeline.GeneralEducation;
import vn.pdv.unit.pipeline.IntroducingOrganisation;
import vn.pdv.unit.pipeline.IntroductionRoute;
import vn.pdv.unit.pipeline.NewSource;
import vn.pdv.unit.pipeline.NewTransfer;
import vn.pdv.unit.pipeline.OccupationSector;
import vn.pdv.unit.pipeline.PersonalDetails;
import vn.pdv.unit.pipeline.ProfessionalLevel;
import vn.pdv.unit.pipeline.RecordedStep;
import vn.pdv.unit.pipeline.ReportingAttributes;
import vn.pdv.unit.pipeline.SourceCreated;
import vn.pdv.unit.pipeline.Stage;
import vn.pdv.unit.pipeline.StepChange;
import vn.pdv.unit.pipeline.StepRevision;
import vn.pdv.unit.pipeline.TransferFacts;
import vn.pdv.unit.pipeline.application.Pipeline;
import vn.pdv.unit.pipeline.rules.BranchVote;
import vn.pdv.unit.pipeline.rules.Introducer;
import vn.pdv.unit.pipeline.rules.MemberRef;
import vn.pdv.unit.pipeline.rules.PartyStanding;
import vn.pdv.unit.web.Refusals;

/**
 * The candidate pipeline over HTTP: one POST per step under {@code /api/candidates/{id}/…}, each answering 201 with the
 * candidate's stage and history, 404 for an unknown candidate, or 422 naming the rule broken, its values and the fix.
 * Each step keeps who recorded it; who may record for which branch is said at each handler ({@code CommitteeAccess}).
 */
@RestController
@RequestMapping("/api")
class CandidateController {

    private final Pipeline pipeline;

    CandidateController(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @PostMapping("/sources")
    @PreAuthorize("@committeeAccess.toRecordFor(#caller, #request.branchCode())")
    ResponseEntity<?> identify(Caller caller, @Valid @RequestBody IdentifySource request) {
        return switch (pipeline.identifySource(by(caller), request.toNewSource())) {
            case Outcome.Accepted<SourceCreated>(SourceCreated created) -> ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of("candidateId", created.candidate().value(), "stage", Stage.SOURCE));
            case Outcome.Refused<SourceCreated> refused -> Refusals.refused(refused.violations());
        };
    }

    /**
     * "Nhận chuyển đến": takes in a candidate transferred from another committee, under the id that committee knows
     * them by (its "mã chuyển"), at the stage reached there with the dates the later rules read; 201 with the candidate
     * (history starting with the transfer), 422 for an id already on the books, an unknown branch, a date the stage needs
     * missing or out of order. As for a source: the clerk or secretary of the committee, a branch clerk for its branch.
     */
    @PostMapping("/candidates/transfers")
    @PreAuthorize("@committeeAccess.toRecordFor(#caller, #request.branchCode())")
    ResponseEntity<?> transferIn(Caller caller, @Valid @RequestBody TransferIn request) {
        return switch (pipeline.transferIn(by(caller), request.toNewTransfer())) {
            case Outcome.Accepted<CandidateTransferredIn>(CandidateTransferredIn transferred) ->
                    ResponseEntity.status(HttpStatus.CREATED).body(CandidateView.of(
                            pipeline.find(transferred.candidate()).orElseThrow()));
            case Outcome.Refused<CandidateTransferredIn> refused -> Refusals.refused(refused.violations());
        };
    }

    @PostMapping("/candidates/{id}/sympathisers")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    ResponseEntity<?> addToSympathisers(Caller caller, @PathVariable String id, @Valid @RequestBody AddToSympathisers request) {
        return respond(id, pipeline.addToSympathisers(by(caller), new CandidateId(id), request.addedOn(), request.resolutionNumber(),
                new MemberRef(request.helperMemberRef())));
    }

    @PostMapping("/candidates/{id}/sympathisers/removal")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    ResponseEntity<?> removeFromSympathisers(Caller caller, @PathVariable String id, @Valid @RequestBody RemoveFromSympathisers request) {
        return respond(id, pipeline.removeFromSympathisers(by(caller), new CandidateId(id), request.removedOn(),
                request.resolutionNumber()));
    }

    @PostMapping("/candidates/{id}/certificate")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    ResponseEntity<?> recordCertificate(Caller caller, @PathVariable String id, @Valid @RequestBody RecordCertificate request) {
        return respond(id, pipeline.recordCertificate(by(caller), new CandidateId(id), request.certificateNumber(), request.issuedOn()));
    }

    @PostMapping("/candidates/{id}/verification")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    ResponseEntity<?> verify(Caller caller, @PathVariable String id, @Valid @RequestBody RecordVerification request) {
        return respond(id, pipeline.verifyBackground(by(caller), new CandidateId(id), request.startedOn(), request.concludedOn()));
    }

    @PostMapping("/candidates/{id}/introductions")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    ResponseEntity<?> introduce(Caller caller, @PathVariable String id, @Valid @RequestBody RecordIntroductions request) {
        return respond(id, pipeline.introduce(by(caller), new CandidateId(id), request.route(),
                request.introducers().stream().map(IntroducerEntry::toIntroducer).toList(), request.introducedOn()));
    }

    @PostMapping("/candidates/{id}/branch-vote")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    ResponseEntity<?> voteOnAdmission(Caller caller, @PathVariable String id, @Valid @RequestBody RecordVote request) {
        return respond(id, pipeline.voteOnAdmission(by(caller), new CandidateId(id), request.toVote(), request.votedOn(),
                request.provincialApproval()));
    }

    @PostMapping("/candidates/{id}/proposal")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    ResponseEntity<?> propose(Caller caller, @PathVariable String id, @Valid @RequestBody RecordProposal request) {
        return respond(id, pipeline.propose(by(caller), new CandidateId(id), new UnitCode(request.proposedTo()), request.proposedOn()));
    }

    @PostMapping("/candidates/{id}/admission-decision")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    ResponseEntity<?> decideAdmission(Caller caller, @PathVariable String id, @Valid @RequestBody RecordDecision request) {
        return respond(id, pipeline.decideAdmission(by(caller), new CandidateId(id), request.toDecision()));
    }

    /** The ceremony; when the decision was not recorded yet, it is recorded with it. */
    @PostMapping("/candidates/{id}/admission")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    ResponseEntity<?> admit(Caller caller, @PathVariable String id, @Valid @RequestBody RecordAdmission request) {
        return respond(id, pipeline.admit(by(caller), new CandidateId(id), request.toDecision(), request.deadlineExtended()));
    }

    /**
     * New reporting attributes from {@code updatedOn} (joined the youth union later…): the steps recorded after it carry
     * them, so the admission counts them as they stood on its day. The birth year stays as identified.
     */
    @PostMapping("/candidates/{id}/attributes")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    ResponseEntity<?> updateAttributes(Caller caller, @PathVariable String id,
                                       @Valid @RequestBody UpdateAttributes request) {
        return respond(id, pipeline.updateAttributes(by(caller), new CandidateId(id), request.updatedOn(),
                request.attributes().toAttributes(null)));
    }

    @PostMapping("/candidates/{id}/new-member-class")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    ResponseEntity<?> completeNewMemberClass(Caller caller, @PathVariable String id, @Valid @RequestBody RecordClass request) {
        return respond(id, pipeline.completeNewMemberClass(by(caller), new CandidateId(id), request.completedOn()));
    }

    @PostMapping("/candidates/{id}/recognition-vote")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    ResponseEntity<?> voteOnRecognition(Caller caller, @PathVariable String id,
                                        @Valid @RequestBody RecordRecognitionVote request) {
        return respond(id, pipeline.voteOnRecognition(by(caller), new CandidateId(id), request.toVote(), request.votedOn(),
                request.newMemberClassWaivedReason()));
    }

    @PostMapping("/candidates/{id}/recognition")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    ResponseEntity<?> recognise(Caller caller, @PathVariable String id, @Valid @RequestBody RecordDecision request) {
        return respond(id, pipeline.recognise(by(caller), new CandidateId(id), request.toDecision()));
    }

    @PostMapping("/candidates/{id}/exit")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    ResponseEntity<?> exit(Caller caller, @PathVariable String id, @Valid @RequestBody RecordExit request) {
        return respond(id, pipeline.exit(by(caller), new CandidateId(id), request.reason(), request.exitedOn(),
                request.movedTo() == null ? null : new UnitCode(request.movedTo())));
    }

    /**
     * Corrects step {@code step} (its place in the history, from 1): a new effective date, branch or decision number,
     * and the reason. The step is decided again under the pipeline's rules: 201 with the history (the step marked
     * corrected, old → new beside it), 404 for no such candidate or step, 422 as recording the corrected step would be.
     * A new branch must be one the caller may record for too.
     */
    @PostMapping("/candidates/{id}/steps/{step}/correction")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id) and @committeeAccess.toRecordFor(#caller, #request.branchCode())")
    ResponseEntity<?> correct(Caller caller, @PathVariable String id, @PathVariable int step,
                              @Valid @RequestBody CorrectStep request) {
        return respond(id, pipeline.correct(by(caller), new CandidateId(id), step, request.toChange(), request.reason()));
    }

    /** Voids the candidate's latest step (recorded by mistake), with the reason: the candidate is back at the stage before. */
    @PostMapping("/candidates/{id}/steps/{step}/void")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    ResponseEntity<?> voidStep(Caller caller, @PathVariable String id, @PathVariable int step,
                               @Valid @RequestBody VoidStep request) {
        return respond(id, pipeline.voidStep(by(caller), new CandidateId(id), step, request.reason()));
    }

    @GetMapping("/candidates/{id}")
    @PreAuthorize("@committeeAccess.toReadCandidate(#caller, #id)")
    ResponseEntity<?> find(Caller caller, @PathVariable String id) {
        return pipeline.find(new CandidateId(id))
                .<ResponseEntity<?>>map(candidate -> ResponseEntity.ok(CandidateView.of(candidate)))
                .orElseGet(() -> notFound(id));
    }

    /** Personal data: within the caller's reach, as the pages show it; a branch's account its own branch's only. */
    @GetMapping("/candidates/{id}/person")
    @PreAuthorize("@committeeAccess.toReadPerson(#caller, #id)")
    ResponseEntity<?> person(Caller caller, @PathVariable String id) {
        return pipeline.personOf(new CandidateId(id))
                .<ResponseEntity<?>>map(person -> ResponseEntity.ok(PersonView.of(id, person)))
                .orElseGet(() -> notFound(id));
    }

    private static ActorId by(Caller caller) {
        return new ActorId(caller.subject());
    }

    private ResponseEntity<?> respond(String id, Optional<? extends Outcome<?>> outcome) {
        return outcome.<ResponseEntity<?>>map(decided -> switch (decided) {
                    case Outcome.Accepted<?> accepted -> ResponseEntity.status(HttpStatus.CREATED)
                            .body(CandidateView.of(pipeline.find(new CandidateId(id)).orElseThrow()));
                    case Outcome.Refused<?> refused -> Refusals.refused(refused.violations());
                })
                .orElseGet(() -> notFound(id));
    }

    /** @param reason why, in the committee's words: kept in its history, never published */
    record CorrectStep(@PastOrPresent LocalDate effectiveOn,
                       @Pattern(regexp = UnitCode.PATTERN) String branchCode,
                       @Size(max = 50) String decisionNumber,
                       @NotBlank @Size(max = 500) String reason) {

        StepChange toChange() {
            return new StepChange(effectiveOn, branchCode == null || branchCode.isBlank() ? null : new UnitCode(branchCode),
                    decisionNumber);
        }
    }

    record VoidStep(@NotBlank @Size(max = 500) String reason) {
    }

    private static ResponseEntity<?> notFound(String id) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound(
                "Không có người nào mang mã " + id + " ở đảng ủy này.",
                "No candidate with id " + id + " at this committee."));
    }

    record IdentifySource(@NotBlank @Pattern(regexp = UnitCode.PATTERN) String branchCode,
                          @NotNull IntroducingOrganisation introducedBy,
                          @NotNull @PastOrPresent LocalDate identifiedOn,
                          @NotNull @Valid Person person,
                          @NotNull @Valid Attributes attributes) {

        NewSource toNewSource() {
            return new NewSource(new UnitCode(branchCode), introducedBy, identifiedOn, person.toDetails(),
                    attributes.toAttributes(person.dateOfBirth().getYear()));
        }
    }

    /**
     * A candidate transferred in. {@code candidateId} is the sending committee's id for them; the dates are those of
     * the steps taken there that the stage implies (the others are ignored); the person and attributes as for a source.
     */
    record TransferIn(@NotBlank @Pattern(regexp = UnitCode.PATTERN) String fromCommitteeCode,
                      @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String candidateId,
                      @NotBlank @Pattern(regexp = UnitCode.PATTERN) String branchCode,
                      @NotNull @PastOrPresent LocalDate transferredOn,
                      @NotNull Stage stage,
                      @PastOrPresent LocalDate sympathiserSince,
                      @PastOrPresent LocalDate certificateIssuedOn,
                      @PastOrPresent LocalDate introducedOn,
                      @PastOrPresent LocalDate branchVotedOn,
                      @Valid RecordDecision admissionDecision,
                      @PastOrPresent LocalDate admittedOn,
                      @PastOrPresent LocalDate recognitionVotedOn,
                      @NotNull @Valid Person person,
                      @NotNull @Valid Attributes attributes) {

        NewTransfer toNewTransfer() {
            return new NewTransfer(new UnitCode(fromCommitteeCode), new CandidateId(candidateId), new UnitCode(branchCode),
                    transferredOn, stage, new TransferFacts(sympathiserSince, certificateIssuedOn, introducedOn,
                    branchVotedOn, admissionDecision == null ? null : admissionDecision.toDecision(), admittedOn,
                    recognitionVotedOn), person.toDetails(), attributes.toAttributes(person.dateOfBirth().getYear()));
        }
    }

    /** Personal data: stays in this committee's database. */
    record Person(@NotBlank @Size(max = 200) String fullName,
                  @NotNull @Past LocalDate dateOfBirth,
                  @Pattern(regexp = "\\d{9}|\\d{12}") String idCardNumber,
                  @Size(max = 500) String address,
                  @Pattern(regexp = "\\+?[0-9 .-]{8,15}") String phone) {

        PersonalDetails toDetails() {
            return new PersonalDetails(fullName, dateOfBirth, idCardNumber, address, phone);
        }
    }

    /**
     * Education, professional level and occupation as typed, and optionally as the category the statistical forms
     * count ({@code educationCategory} THCS = LOWER_SECONDARY…); a category not given is read from the words typed,
     * UNSPECIFIED when they fit none.
     */
    record Attributes(@NotNull Gender gender, boolean ethnicMinority, boolean religious, boolean youthUnionMember,
                      boolean tradeUnionMember, @Size(max = 50) String generalEducation,
                      @Size(max = 100) String professionalLevel, @Size(max = 100) String occupationSector,
                      GeneralEducation educationCategory, ProfessionalLevel professionalCategory,
                      OccupationSector sectorCategory) {

        ReportingAttributes toAttributes(Integer birthYear) {
            return new ReportingAttributes(gender, birthYear, ethnicMinority, religious, youthUnionMember,
                    tradeUnionMember, generalEducation, professionalLevel, occupationSector, educationCategory,
                    professionalCategory, sectorCategory);
        }
    }

    record UpdateAttributes(@NotNull @PastOrPresent LocalDate updatedOn, @NotNull @Valid Attributes attributes) {
    }

    /** @param helperMemberRef the official member assigned to help, as the committee's records name them (no name) */
    record AddToSympathisers(@NotNull @PastOrPresent LocalDate addedOn,
                             @Size(max = 50) String resolutionNumber,
                             @NotBlank @Size(max = 100) String helperMemberRef) {
    }

    record RemoveFromSympathisers(@NotNull @PastOrPresent LocalDate removedOn,
                                  @Size(max = 50) String resolutionNumber) {
    }

    record RecordCertificate(@NotBlank @Size(max = 50) String certificateNumber,
                             @NotNull @PastOrPresent LocalDate issuedOn) {
    }

    record RecordVerification(@NotNull @PastOrPresent LocalDate startedOn,
                              @NotNull @PastOrPresent LocalDate concludedOn) {
    }

    record RecordIntroductions(@NotNull IntroductionRoute route,
                               @NotNull @PastOrPresent LocalDate introducedOn,
                               @NotEmpty @Size(max = 2) List<@NotNull @Valid IntroducerEntry> introducers) {
    }

    /** @param memberRef the introducing member as the committee's records name them (no name or ID number) */
    record IntroducerEntry(@NotBlank @Size(max = 100) String memberRef,
                           @NotNull PartyStanding standing,
                           @NotNull @PastOrPresent LocalDate withCandidateSince) {

        Introducer toIntroducer() {
            return new Introducer(new MemberRef(memberRef), standing, withCandidateSince);
        }
    }

    /** @param provincialApproval the provincial committee approved a candidate over the age limit (admission vote only) */
    record RecordVote(@NotNull @PastOrPresent LocalDate votedOn,
                      @PositiveOrZero int officialMembers,
                      @PositiveOrZero int officialMembersPresent,
                      @PositiveOrZero int votesFor,
                      @PositiveOrZero int votesAgainst,
                      boolean provincialApproval) {

        BranchVote toVote() {
            return new BranchVote(officialMembers, officialMembersPresent, votesFor, votesAgainst);
        }
    }

    /**
     * @param newMemberClassWaivedReason why the member could not attend the new-member class, when the branch considers
     *                                   recognition without it (seed 004); kept in the committee's history only
     */
    record RecordRecognitionVote(@NotNull @PastOrPresent LocalDate votedOn,
                                 @PositiveOrZero int officialMembers,
                                 @PositiveOrZero int officialMembersPresent,
                                 @PositiveOrZero int votesFor,
                                 @PositiveOrZero int votesAgainst,
                                 @Size(max = 500) String newMemberClassWaivedReason) {

        BranchVote toVote() {
            return new BranchVote(officialMembers, officialMembersPresent, votesFor, votesAgainst);
        }
    }

    record RecordProposal(@NotNull @PastOrPresent LocalDate proposedOn,
                          @NotBlank @Pattern(regexp = UnitCode.PATTERN) String proposedTo) {
    }

    record RecordDecision(@NotBlank @Pattern(regexp = UnitCode.PATTERN) String decidedBy,
                          @NotBlank @Size(max = 50) String decisionNumber,
                          @NotNull @PastOrPresent LocalDate decidedOn,
                          boolean deadlineExtended) {

        CommitteeDecision toDecision() {
            return new CommitteeDecision(new UnitCode(decidedBy), decisionNumber, decidedOn, deadlineExtended);
        }
    }

    /** @param deadlineExtended used only when the decision is recorded with the ceremony */
    record RecordAdmission(@NotBlank @Pattern(regexp = UnitCode.PATTERN) String decidedBy,
                           @NotBlank @Size(max = 50) String decisionNumber,
                           @NotNull @PastOrPresent LocalDate decidedOn,
                           @NotNull @PastOrPresent LocalDate admittedOn,
                           boolean readmission,
                           boolean deadlineExtended) {

        AdmissionDecision toDecision() {
            return new AdmissionDecision(new UnitCode(decidedBy), decisionNumber, decidedOn, admittedOn, readmission);
        }
    }

    record RecordClass(@NotNull @PastOrPresent LocalDate completedOn) {
    }

    record RecordExit(@NotNull ExitReason reason,
                      @NotNull @PastOrPresent LocalDate exitedOn,
                      @Pattern(regexp = UnitCode.PATTERN) String movedTo) {
    }

    /**
     * @param recordedBy the pseudonymous id of the account that recorded the step (no name)
     * @param findings   the rules the step broke that the committee records rather than refuses (a late decision…)
     */
    record HistoryEntry(int step, String event, LocalDate on, String branchCode, String recordedBy,
                        List<FindingView> findings, boolean corrected, boolean voided, List<RevisionView> revisions) {

        static HistoryEntry of(int step, RecordedStep recorded) {
            CandidateEvent event = recorded.event();
            return new HistoryEntry(step, event.getClass().getSimpleName(), event.occurredOn(), event.branch().value(),
                    recorded.recordedBy() == null ? null : recorded.recordedBy().value(),
                    event.findings().stream().map(FindingView::of).toList(), recorded.corrected(), recorded.voided(),
                    recorded.revisions().stream().map(RevisionView::of).toList());
        }
    }

    /**
     * A correction or void of a step: who (pseudonymous id), when, why, and for a correction each value old → new.
     *
     * @param kind CORRECTED or VOIDED
     */
    record RevisionView(String kind, String by, Instant at, String reason, List<StepRevision.Change> changes) {

        static RevisionView of(StepRevision revision) {
            String by = revision.by() == null ? null : revision.by().value();
            return switch (revision) {
                case StepRevision.Corrected corrected -> new RevisionView("CORRECTED", by, corrected.at(),
                        corrected.reason(), corrected.changes());
                case StepRevision.Voided voided -> new RevisionView("VOIDED", by, voided.at(), voided.reason(), List.of());
            };
        }
    }

    /** A finding on a step: the rule, how many working days late (deadlines only), its values, and what it means. */
    record FindingView(RuleCode rule, Integer workingDaysLate, Map<String, String> values, String message,
                       String messageEn) {

        static FindingView of(Finding finding) {
            return new FindingView(finding.code(), finding.workingDaysLate(), finding.values(), finding.message().vi(),
                    finding.message().en());
        }
    }

    record PersonView(String candidateId, String fullName, LocalDate dateOfBirth, String idCardNumber, String address,
                      String phone) {

        static PersonView of(String id, PersonalDetails person) {
            return new PersonView(id, person.fullName(), person.dateOfBirth(), person.idCardNumber(), person.address(),
                    person.phone());
        }
    }

    record CandidateView(String candidateId, String branchCode, Stage stage, String stageVi, String stageEn,
                         LocalDate identifiedOn, LocalDate admittedOn, ReportingAttributes attributes,
                         List<HistoryEntry> history) {

        static CandidateView of(Candidate candidate) {
            return new CandidateView(candidate.id().value(), candidate.branch().value(), candidate.stage(),
                    candidate.stage().vi(), candidate.stage().en(), candidate.identifiedOn(),
                    candidate.admittedOn().orElse(null), candidate.attributes(),
                    IntStream.range(0, candidate.history().size())
                            .mapToObj(i -> HistoryEntry.of(i + 1, candidate.history().get(i)))
                            .toList());
        }
    }
}
