package vn.pdv.unit.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.rules.ApprovingAuthority;
import vn.pdv.unit.pipeline.rules.BranchVote;
import vn.pdv.unit.pipeline.rules.CandidateMilestones;
import vn.pdv.unit.pipeline.rules.CandidateUnions;
import vn.pdv.unit.pipeline.rules.Introducer;
import vn.pdv.unit.pipeline.rules.Introduction;
import vn.pdv.unit.pipeline.rules.MemberRef;
import vn.pdv.unit.pipeline.rules.RequiredApproval;
import vn.pdv.unit.pipeline.rules.RuleCheck;
import vn.pdv.unit.pipeline.rules.RuleEnforcement;

/**
 * A person on their way into the Party, as the committee's log has recorded them so far: the stage reached and
 * every step's event with who recorded it, in order. Each step is decided here against the order of the pipeline and the Party's rules,
 * and returns the past-tense event it produces or every rule it would break.
 *
 * <p>Every step must be dated on or after the candidate's latest step, except the awareness-class certificate, which
 * may have been earned before (it stays valid for years). The date of birth is personal data: steps that need it
 * (introductions, the branch vote) take it as an argument and never put it on their event.
 */
public record Candidate(CandidateId id, UnitCode branch, ReportingAttributes attributes, Stage stage,
                        List<RecordedStep> history) {

    private static final Set<Stage> ON_THE_SYMPATHISER_LIST =
            EnumSet.of(Stage.SYMPATHISER, Stage.CERTIFIED, Stage.VERIFIED, Stage.INTRODUCED);

    public Candidate {
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static Candidate from(SourceCreated source, ActorId recordedBy) {
        return from(source, recordedBy, null);
    }

    public static Candidate from(SourceCreated source, ActorId recordedBy, LogPlace place) {
        return new Candidate(source.candidate(), source.branch(), source.attributes(), Stage.SOURCE,
                List.of(new RecordedStep(source, recordedBy, place, List.of())));
    }

    /** A candidate taken in from another committee: their history here starts with the transfer. */
    public static Candidate from(CandidateTransferredIn transfer, ActorId recordedBy, LogPlace place) {
        return new Candidate(transfer.candidate(), transfer.branch(), transfer.attributes(), transfer.stage(),
                List.of(new RecordedStep(transfer, recordedBy, place, List.of())));
    }

    /**
     * Taking in a candidate transferred from another committee at the stage reached there (any stage still in the
     * pipeline), with the dates that stage implies for the later rules ({@link TransferFacts}): each on or before the
     * day of the transfer, and in the Party's order (the certificate apart, which may come before the list). Whether the
     * id is already on this committee's books is the caller's to say: the candidate does not exist yet.
     */
    public static Outcome<CandidateTransferredIn> transferIn(NewTransfer transfer) {
        List<RuleViolation> refusals = new ArrayList<>();
        Stage stage = transfer.stage();
        TransferFacts facts = transfer.facts() == null ? TransferFacts.none() : transfer.facts();
        if (!stage.isActive()) {
            refusals.add(RuleViolation.of(RuleCode.STEP_NOT_ALLOWED, "stage",
                    RuleViolation.values("stage", stage, "allowedFrom", EnumSet.range(Stage.SOURCE, Stage.RECOGNITION_VOTED)),
                    Bilingual.of("Không thể nhận chuyển đến ở giai đoạn " + stage.vi() + ": người này không còn trong quy trình.",
                            "Cannot take in a candidate at stage " + stage.en() + ": they are no longer in the pipeline."),
                    Bilingual.of("Chọn giai đoạn người này đã đạt ở đảng ủy chuyển đi, từ nguồn đến chi bộ đã biểu quyết công nhận.",
                            "Choose the stage reached at the sending committee, from source to the branch's recognition vote.")));
            return Outcome.refused(refusals);
        }
        List<Dated> inOrder = new ArrayList<>();
        requireFor(stage, Stage.SYMPATHISER, Stage.VERIFIED, facts.sympathiserSince(), "sympathiserSince",
                Stage.SYMPATHISER, refusals, inOrder);
        requireFor(stage, Stage.CERTIFIED, Stage.INTRODUCED, facts.certificateIssuedOn(), "certificateIssuedOn",
                Stage.CERTIFIED, refusals, null);
        requireFor(stage, Stage.INTRODUCED, Stage.INTRODUCED, facts.introducedOn(), "introducedOn", Stage.INTRODUCED,
                refusals, inOrder);
        requireFor(stage, Stage.BRANCH_VOTED, Stage.PROPOSED, facts.branchVotedOn(), "branchVotedOn",
                Stage.BRANCH_VOTED, refusals, inOrder);
        requireFor(stage, Stage.ADMISSION_DECIDED, Stage.ADMISSION_DECIDED,
                complete(facts.admissionDecision()) ? facts.admissionDecision().decidedOn() : null, "admissionDecision",
                Stage.ADMISSION_DECIDED, refusals, inOrder);
        requireFor(stage, Stage.PROBATIONARY_MEMBER, Stage.RECOGNITION_VOTED, facts.admittedOn(), "admittedOn",
                Stage.PROBATIONARY_MEMBER, refusals, inOrder);
        requireFor(stage, Stage.RECOGNITION_VOTED, Stage.RECOGNITION_VOTED, facts.recognitionVotedOn(),
                "recognitionVotedOn", Stage.RECOGNITION_VOTED, refusals, inOrder);
        if (facts.certificateIssuedOn() != null) {
            notBefore(transfer.transferredOn(), "transferredOn", facts.certificateIssuedOn(), "certificateIssuedOn")
                    .ifPresent(refusals::add);
        }
        for (int i = 1; i < inOrder.size(); i++) {
            Dated earlier = inOrder.get(i - 1);
            notBefore(inOrder.get(i).on(), inOrder.get(i).field(), earlier.on(), earlier.field()).ifPresent(refusals::add);
        }
        if (!inOrder.isEmpty()) {
            Dated latest = inOrder.getLast();
            notBefore(transfer.transferredOn(), "transferredOn", latest.on(), latest.field()).ifPresent(refusals::add);
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        TransferFacts implied = new TransferFacts(
                within(stage, Stage.SYMPATHISER, Stage.VERIFIED, facts.sympathiserSince()),
                within(stage, Stage.CERTIFIED, Stage.INTRODUCED, facts.certificateIssuedOn()),
                within(stage, Stage.INTRODUCED, Stage.INTRODUCED, facts.introducedOn()),
                within(stage, Stage.BRANCH_VOTED, Stage.PROPOSED, facts.branchVotedOn()),
                within(stage, Stage.ADMISSION_DECIDED, Stage.ADMISSION_DECIDED, facts.admissionDecision()),
                within(stage, Stage.PROBATIONARY_MEMBER, Stage.RECOGNITION_VOTED, facts.admittedOn()),
                within(stage, Stage.RECOGNITION_VOTED, Stage.RECOGNITION_VOTED, facts.recognitionVotedOn()));
        return Outcome.accepted(new CandidateTransferredIn(transfer.candidate(), transfer.branch(),
                transfer.fromCommittee(), stage, transfer.transferredOn(), implied, transfer.attributes()));
    }

    /** A decision the ceremony can be checked against: the committee, its number and its day. */
    private static boolean complete(CommitteeDecision decision) {
        return decision != null && decision.decidedBy() != null && decision.number() != null
                && !decision.number().isBlank() && decision.decidedOn() != null;
    }

    /** A transferred date and the field it was entered in. */
    private record Dated(LocalDate on, String field) {
    }

    /** A date the stage implies, between {@code from} and {@code to}; kept only there, where a later rule reads it. */
    private static <T> T within(Stage stage, Stage from, Stage to, T value) {
        return stage.compareTo(from) >= 0 && stage.compareTo(to) <= 0 ? value : null;
    }

    private static void requireFor(Stage stage, Stage from, Stage to, LocalDate on, String field, Stage reachedBy,
                                   List<RuleViolation> refusals, List<Dated> inOrder) {
        if (stage.compareTo(from) < 0 || stage.compareTo(to) > 0) {
            return;
        }
        if (on == null) {
            refusals.add(RuleViolation.of(RuleCode.TRANSFER_DATE_MISSING, field,
                    RuleViolation.values("stage", stage, "missing", field),
                    Bilingual.of("Người ở giai đoạn " + stage.vi() + " cần ngày của bước «" + reachedBy.reachedByVi()
                                    + "» để xét các bước sau.",
                            "A candidate at stage " + stage.en() + " needs the day of " + reachedBy.reachedByEn()
                                    + " for the later steps' rules."),
                    Bilingual.of("Nhập ngày đó theo hồ sơ do đảng ủy chuyển đi gửi.",
                            "Enter that day from the dossier the sending committee sent.")));
        } else if (inOrder != null) {
            inOrder.add(new Dated(on, field));
        }
    }

    /** The candidate after {@code event}, which {@code recordedBy} recorded. */
    public Candidate apply(CandidateEvent event, ActorId recordedBy) {
        return apply(event, recordedBy, null);
    }

    /** The candidate after {@code event}, which {@code recordedBy} recorded and the log holds at {@code place}. */
    public Candidate apply(CandidateEvent event, ActorId recordedBy, LogPlace place) {
        List<RecordedStep> after = new ArrayList<>(history);
        after.add(new RecordedStep(event, recordedBy, place, List.of()));
        ReportingAttributes now = event instanceof CandidateAttributesUpdated updated ? updated.attributes() : attributes;
        return new Candidate(id, branch, now, stageAfter(stage, event), after);
    }

    /** The candidate after a correction or void of one of its steps, which {@code by} recorded at {@code at}. */
    public Candidate apply(StepRevised revised, ActorId by, Instant at) {
        List<RecordedStep> after = new ArrayList<>(history);
        int at0 = revised.step() - 1;
        return switch (revised) {
            case StepRevised.StepCorrected c -> {
                after.set(at0, after.get(at0).revisedBy(new StepRevision.Corrected(c.before(), c.after(), by, at,
                        c.reason())));
                UnitCode now = c.before().branch().equals(c.after().branch()) ? branch : c.after().branch();
                yield new Candidate(id, now, attributes, stage, after);
            }
            case StepRevised.StepVoided v -> {
                after.set(at0, after.get(at0).revisedBy(new StepRevision.Voided(by, at, v.reason())));
                yield new Candidate(id, v.branchNow(), attributes, v.stageNow(), after);
            }
        };
    }

    /** The events of the steps that count (none voided), in order, as they stand after corrections. */
    public List<CandidateEvent> events() {
        return history.stream().filter(step -> !step.voided()).map(RecordedStep::event).toList();
    }

    // ---- the steps

    public Outcome<SympathiserAdded> addToSympathisers(LocalDate addedOn, String resolutionNumber, MemberRef helper) {
        return unlessRefused(precheck(Stage.SYMPATHISER, EnumSet.of(Stage.SOURCE), addedOn, "addedOn"),
                () -> Outcome.accepted(new SympathiserAdded(id, branch, addedOn, resolutionNumber, helper, attributes)));
    }

    public Outcome<SympathiserRemoved> removeFromSympathisers(LocalDate removedOn, String resolutionNumber) {
        return unlessRefused(precheck(Bilingual.of("đưa ra khỏi danh sách cảm tình đảng", "removal from the sympathiser list"),
                        ON_THE_SYMPATHISER_LIST, removedOn, "removedOn"),
                () -> Outcome.accepted(new SympathiserRemoved(id, branch, removedOn, resolutionNumber, attributes)));
    }

    /** Records the certificate, or a newer one replacing it, any time before the branch's vote. */
    public Outcome<AwarenessCertificateIssued> recordCertificate(String number, LocalDate issuedOn) {
        return unlessRefused(precheck(Stage.CERTIFIED, ON_THE_SYMPATHISER_LIST, null, "issuedOn"),
                () -> Outcome.accepted(new AwarenessCertificateIssued(id, branch, number, issuedOn, attributes)));
    }

    public Outcome<BackgroundVerified> verifyBackground(LocalDate startedOn, LocalDate concludedOn, PipelineRules rules) {
        return unlessRefused(precheck(Stage.VERIFIED, EnumSet.of(Stage.CERTIFIED), concludedOn, "concludedOn")
                        .or(() -> notBefore(concludedOn, "concludedOn", startedOn, "startedOn")),
                () -> when(rules.sympathiserPeriod.check(sympathiserSince().orElseThrow(), startedOn), rules,
                        findings -> new BackgroundVerified(id, branch, startedOn, concludedOn, findings)));
    }

    /** Introductions; recorded again when a stale dossier must have them redone. */
    public Outcome<CandidateIntroduced> introduce(IntroductionRoute route, List<Introducer> introducers,
                                                  LocalDate introducedOn, LocalDate bornOn, PipelineRules rules) {
        return unlessRefused(precheck(Stage.INTRODUCED, EnumSet.of(Stage.VERIFIED, Stage.INTRODUCED), introducedOn,
                "introducedOn").or(() -> introducerCount(route, introducers)), () -> {
                    Introduction introduction = switch (route) {
                        case TWO_OFFICIAL_MEMBERS -> new Introduction.TwoOfficialMembers(introducers.get(0), introducers.get(1));
                        case MEMBER_AND_YOUTH_UNION_COMMITTEE -> new Introduction.MemberAndYouthUnionCommittee(introducers.getFirst());
                        case MEMBER_AND_TRADE_UNION_COMMITTEE -> new Introduction.MemberAndTradeUnionCommittee(introducers.getFirst());
                    };
                    CandidateUnions unions = new CandidateUnions(attributes.youthUnionMember(), attributes.tradeUnionMember());
                    return when(rules.introductions.check(introduction, bornOn, unions, introducedOn), rules,
                            findings -> new CandidateIntroduced(id, branch, route,
                                    introducers.stream().map(Introducer::member).toList(), introducedOn, findings));
                });
    }

    /**
     * The branch's vote on admission: age in whole months on the day (over the limit only with the provincial
     * committee's approval), the schooling for where the candidate lives, a certificate still valid, a dossier not
     * stale, and enough official members for.
     */
    public Outcome<AdmissionVoted> voteOnAdmission(BranchVote vote, LocalDate votedOn, boolean provincialApproval,
                                                   LocalDate bornOn, PipelineRules rules) {
        return unlessRefused(precheck(Stage.BRANCH_VOTED, EnumSet.of(Stage.INTRODUCED), votedOn, "votedOn"), () -> {
            RuleCheck check = RuleCheck.allOf(
                    rules.age.check(bornOn, votedOn),
                    rules.schooling.check(attributes.education().grades(), branch.value(), votedOn),
                    rules.certificate.check(certificateIssuedOn(), votedOn),
                    rules.dossiers.check(introducedOn().orElseThrow(), votedOn),
                    rules.votes.check(vote));
            if (provincialApproval) {
                check = check.withApprovalsGranted(Set.of(ApprovingAuthority.PROVINCIAL_COMMITTEE));
            }
            if (!check.approvalsRequired().isEmpty()) {
                return Outcome.refused(check.approvalsRequired().stream().map(Candidate::approvalMissing).toList());
            }
            return when(check, rules, findings -> new AdmissionVoted(id, branch, votedOn, vote, provincialApproval,
                    findings));
        });
    }

    public Outcome<AdmissionProposed> propose(UnitCode proposedTo, LocalDate proposedOn) {
        return unlessRefused(precheck(Stage.PROPOSED, EnumSet.of(Stage.BRANCH_VOTED), proposedOn, "proposedOn"),
                () -> Outcome.accepted(new AdmissionProposed(id, branch, proposedTo, proposedOn)));
    }

    public Outcome<AdmissionDecided> decideAdmission(CommitteeDecision decision, PipelineRules rules) {
        return unlessRefused(precheck(Stage.ADMISSION_DECIDED, EnumSet.of(Stage.PROPOSED), decision.decidedOn(), "decidedOn"),
                () -> when(rules.timeLimits.checkDecision(branchVotedOn().orElseThrow(),
                                decision.decidedOn(), decision.deadlineExtended()), rules,
                        findings -> new AdmissionDecided(id, branch, decision, findings)));
    }

    /** The ceremony carrying out the recorded decision: the person becomes a probationary member. */
    public Outcome<CandidateAdmitted> admit(AdmissionDecision ceremony, PipelineRules rules) {
        return admit(ceremony, null, rules);
    }

    /**
     * The ceremony, the event carrying the person's age in whole years that day and the attributes as they stand
     * then; {@code bornOn} itself stays here.
     *
     * @param bornOn the date of birth, or null when the committee has none
     */
    public Outcome<CandidateAdmitted> admit(AdmissionDecision ceremony, LocalDate bornOn, PipelineRules rules) {
        return unlessRefused(precheck(Stage.PROBATIONARY_MEMBER, EnumSet.of(Stage.ADMISSION_DECIDED), ceremony.admittedOn(),
                "admittedOn").or(() -> sameDecision(ceremony)), () -> {
                    LocalDate decidedOn = admissionDecision().orElseThrow().decidedOn();
                    return when(rules.timeLimits.checkCeremony(decidedOn, ceremony.admittedOn()), rules,
                            findings -> new CandidateAdmitted(id, branch, ceremony, attributes, findings,
                                    CandidateAdmitted.ageOn(bornOn, ceremony.admittedOn())));
                });
    }

    /**
     * The ceremony, with the decision recorded in the same step when it was not recorded before: both events, or
     * neither.
     */
    public Outcome<List<CandidateEvent>> decideAndAdmit(AdmissionDecision ceremony, boolean deadlineExtended,
                                                        PipelineRules rules) {
        return decideAndAdmit(ceremony, deadlineExtended, null, rules);
    }

    /** @param bornOn the date of birth, for the age at admission; null when the committee has none */
    public Outcome<List<CandidateEvent>> decideAndAdmit(AdmissionDecision ceremony, boolean deadlineExtended,
                                                        LocalDate bornOn, PipelineRules rules) {
        if (stage != Stage.PROPOSED) {
            return admit(ceremony, bornOn, rules).map(admitted -> List.<CandidateEvent>of(admitted));
        }
        CommitteeDecision decision = new CommitteeDecision(ceremony.decidedBy(), ceremony.number(), ceremony.decidedOn(),
                deadlineExtended);
        return decideAdmission(decision, rules).then(decided ->
                apply(decided, null).admit(ceremony, bornOn, rules).map(admitted -> List.<CandidateEvent>of(decided, admitted)));
    }

    public Outcome<NewMemberClassCompleted> completeNewMemberClass(LocalDate completedOn) {
        return unlessRefused(precheck(Stage.NEW_MEMBER_CLASS_COMPLETED, EnumSet.of(Stage.PROBATIONARY_MEMBER), completedOn,
                "completedOn"), () -> Outcome.accepted(new NewMemberClassCompleted(id, branch, completedOn)));
    }

    public Outcome<RecognitionVoted> voteOnRecognition(BranchVote vote, LocalDate votedOn, PipelineRules rules) {
        return voteOnRecognition(vote, votedOn, null, rules);
    }

    /**
     * The branch's recognition vote, after the new-member class; or, with {@code classWaivedReason}, before it: seed 004
     * allows a probationary member who could not attend it "for special objective reasons", and the step is recorded
     * with the reason as a finding ({@link RuleCode#NEW_MEMBER_CLASS_NOT_ATTENDED}, which a committee may also refuse).
     * The reason stays in the committee's history; the published event carries the rule's code only.
     */
    public Outcome<RecognitionVoted> voteOnRecognition(BranchVote vote, LocalDate votedOn, String classWaivedReason,
                                                       PipelineRules rules) {
        boolean waived = classWaivedReason != null && !classWaivedReason.isBlank();
        Set<Stage> from = waived && stage == Stage.PROBATIONARY_MEMBER
                ? EnumSet.of(Stage.PROBATIONARY_MEMBER) : EnumSet.of(Stage.NEW_MEMBER_CLASS_COMPLETED);
        return unlessRefused(precheck(Stage.RECOGNITION_VOTED, from, votedOn, "votedOn"),
                () -> when(RuleCheck.allOf(
                                rules.timeLimits.checkRecognitionConsideration(admittedOn().orElseThrow(), votedOn),
                                rules.votes.check(vote),
                                stage == Stage.PROBATIONARY_MEMBER ? classNotAttended(classWaivedReason.strip())
                                        : RuleCheck.satisfied()), rules,
                        findings -> new RecognitionVoted(id, branch, votedOn, vote, findings)));
    }

    private static RuleCheck classNotAttended(String reason) {
        return RuleCheck.violated(RuleViolation.of(RuleCode.NEW_MEMBER_CLASS_NOT_ATTENDED, "newMemberClassWaivedReason",
                Map.of(),
                Bilingual.of("Đảng viên dự bị chưa qua lớp bồi dưỡng đảng viên mới; lý do: " + reason,
                        "The probationary member has not attended the new-member class; reason: " + reason),
                Bilingual.of("Cử đảng viên dự bị đi học lớp bồi dưỡng đảng viên mới trước khi chi bộ xét công nhận.",
                        "Send the probationary member to the new-member class before the branch considers recognition.")));
    }

    public Outcome<CandidateRecognised> recognise(CommitteeDecision decision, PipelineRules rules) {
        return unlessRefused(precheck(Stage.OFFICIAL_MEMBER, EnumSet.of(Stage.RECOGNITION_VOTED), decision.decidedOn(),
                        "decidedOn"),
                () -> when(rules.timeLimits.checkRecognitionDecision(
                                recognitionVotedOn().orElseThrow(), decision.decidedOn(),
                                decision.deadlineExtended()), rules,
                        findings -> new CandidateRecognised(id, branch, decision, attributes, findings)));
    }

    /** Leaving the pipeline; which reasons fit depends on the stage (not recognised only after admission, …). */
    public Outcome<CandidateExited> exit(ExitReason reason, LocalDate exitedOn, UnitCode movedTo) {
        Set<Stage> allowed = switch (reason) {
            case WITHDRAWN_FROM_SOURCES -> EnumSet.of(Stage.SOURCE);
            case NOT_ADMITTED -> EnumSet.range(Stage.SYMPATHISER, Stage.ADMISSION_DECIDED);
            case NOT_RECOGNISED -> EnumSet.range(Stage.PROBATIONARY_MEMBER, Stage.RECOGNITION_VOTED);
            case MOVED_TO_ANOTHER_UNIT, OTHER -> EnumSet.range(Stage.SOURCE, Stage.RECOGNITION_VOTED);
        };
        return unlessRefused(precheck(Bilingual.of("ra khỏi danh sách (" + reason + ")", "leaving the pipeline (" + reason + ")"),
                        allowed, exitedOn, "exitedOn"),
                () -> Outcome.accepted(new CandidateExited(id, branch, reason, stage, exitedOn, movedTo, attributes)));
    }

    /**
     * New reporting attributes from {@code updatedOn}, while the candidate is still in the pipeline. Dated like a step,
     * on or after the latest one: the steps recorded after it carry the new attributes, so an update before the
     * ceremony counts in the admission and one after it leaves the admission's figures as they were. The birth year is
     * the person's and stays.
     */
    public Outcome<CandidateAttributesUpdated> updateAttributes(LocalDate updatedOn, ReportingAttributes updated) {
        return unlessRefused(precheck(Bilingual.of("cập nhật thông tin báo cáo", "updating the reporting attributes"),
                        EnumSet.range(Stage.SOURCE, Stage.RECOGNITION_VOTED), updatedOn, "updatedOn"),
                () -> Outcome.accepted(new CandidateAttributesUpdated(id, branch, updatedOn,
                        new ReportingAttributes(updated.gender(), attributes.birthYear(), updated.ethnicMinority(),
                                updated.religious(), updated.youthUnionMember(), updated.tradeUnionMember(),
                                updated.generalEducation(), updated.professionalLevel(), updated.occupationSector(),
                                updated.education(), updated.profession(), updated.sector()))));
    }

    // ---- corrections

    /**
     * Corrects step {@code number} (from 1) of the history: the step is decided again from the candidate's state before
     * it, with the corrected values, under the same rules as when it was recorded (a rule that refuses refuses the
     * correction, with the same problem; a deadline broken gives a finding on the corrected step). It must also still
     * come on or before the step after it. Known limits: the introductions' rule cannot be checked again (the
     * introducers' standing is not kept), so their correction checks the order only and keeps the findings recorded;
     * the steps after the corrected one keep their findings as recorded.
     *
     * @param bornOn the date of birth, for the branch vote's age rule; never on an event
     */
    public Outcome<StepRevised.StepCorrected> correct(int number, StepChange change, String reason, LocalDate bornOn,
                                                      PipelineRules rules) {
        RecordedStep step = history.get(number - 1);
        Optional<RuleViolation> refusal = step.voided() ? Optional.of(notApplicable(null,
                Bilingual.of("Bước " + number + " đã bị huỷ; không thể sửa.", "Step " + number + " was voided; it cannot be corrected."),
                Bilingual.of("Ghi nhận lại bước này nếu nó đã thực sự diễn ra.", "Record the step again if it did happen.")))
                : change.isEmpty() ? Optional.of(notApplicable(null,
                Bilingual.of("Chưa nhập giá trị nào cần sửa.", "No value to correct was given."),
                Bilingual.of("Nhập ngày hiệu lực, chi bộ hoặc số quyết định mới.",
                        "Give the new effective date, branch or decision number.")))
                : hasNoNumber(step.event(), change);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        Candidate prior = before(number - 1, change.branch() == null ? step.event().branch() : change.branch());
        return prior.redo(step.event(), change, bornOn, rules).then(after -> unlessRefused(
                nextStepOn(number).flatMap(next -> after instanceof AwarenessCertificateIssued ? Optional.empty()
                        : notAfterNext(after.occurredOn(), next)),
                () -> new StepRevision.Corrected(step.event(), after, null, null, reason).changes().isEmpty()
                        ? Outcome.refused(notApplicable(null,
                                Bilingual.of("Giá trị mới giống giá trị đã ghi nhận; không có gì để sửa.",
                                        "The new values are those recorded; there is nothing to correct."),
                                Bilingual.of("Nhập ngày, chi bộ hoặc số quyết định khác với đã ghi nhận.",
                                        "Give a date, branch or decision number other than the recorded one.")))
                        : Outcome.accepted(new StepRevised.StepCorrected(id, number, step.place(), step.event(), after,
                                stage, reason))));
    }

    /**
     * Voids step {@code number}, which must be the latest step that counts: the candidate is back at the stage before
     * it. The source step cannot be voided (the candidate would have none): their withdrawal from the sources is an
     * exit.
     */
    public Outcome<StepRevised.StepVoided> voidStep(int number, String reason) {
        int latest = latestCounting();
        RecordedStep step = history.get(number - 1);
        if (step.event() instanceof CandidateAttributesUpdated) {
            return Outcome.refused(attributesNotRevised());
        }
        if (step.event() instanceof CandidateTransferredIn) {
            return Outcome.refused(transferNotRevised());
        }
        if (step.voided() || number - 1 != latest) {
            return Outcome.refused(RuleViolation.of(RuleCode.STEP_NOT_LATEST, "step",
                    RuleViolation.values("step", number, "latestStep", latest + 1),
                    Bilingual.of("Chỉ huỷ được bước ghi nhận sau cùng (bước " + (latest + 1) + "), không phải bước " + number + ".",
                            "Only the latest recorded step (step " + (latest + 1) + ") can be voided, not step " + number + "."),
                    Bilingual.of("Huỷ lần lượt từ bước sau cùng, hoặc sửa bước này thay vì huỷ.",
                            "Void from the latest step back, or correct this step instead.")));
        }
        if (latest == 0) {
            return Outcome.refused(notApplicable("step",
                    Bilingual.of("Không thể huỷ bước xác định là nguồn: người này sẽ không còn bước nào.",
                            "The identification as a source cannot be voided: the person would have no step left."),
                    Bilingual.of("Ghi nhận ra khỏi danh sách (rút khỏi nguồn) nếu người này không còn là nguồn.",
                            "Record the exit (withdrawn from the sources) if the person is no longer a source.")));
        }
        Candidate prior = before(number - 1, branch);
        return Outcome.accepted(new StepRevised.StepVoided(id, number, step.place(), step.event(), prior.stage(),
                branch, reason));
    }

    /** The candidate as the steps before {@code count} left them, at {@code branch}. */
    private Candidate before(int count, UnitCode branch) {
        List<RecordedStep> steps = history.subList(0, count);
        Stage reached = null;
        for (RecordedStep step : steps) {
            if (!step.voided()) {
                reached = stageAfter(reached, step.event());
            }
        }
        return new Candidate(id, branch, attributes, reached, steps);
    }

    private int latestCounting() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).voided() && !(history.get(i).event() instanceof CandidateAttributesUpdated)) {
                return i;
            }
        }
        return -1;
    }

    /** The day of the first step after step {@code number} that counts, if any. */
    private Optional<LocalDate> nextStepOn(int number) {
        return history.subList(number, history.size()).stream().filter(step -> !step.voided())
                .filter(step -> !(step.event() instanceof CandidateAttributesUpdated))
                .map(step -> step.event().occurredOn()).findFirst();
    }

    /** The step decided again from this (earlier) state, with the corrected values. */
    private Outcome<? extends CandidateEvent> redo(CandidateEvent step, StepChange change, LocalDate bornOn,
                                                  PipelineRules rules) {
        LocalDate on = change.effectiveOn() == null ? step.occurredOn() : change.effectiveOn();
        String number = change.decisionNumber() == null || change.decisionNumber().isBlank() ? null
                : change.decisionNumber().strip();
        return switch (step) {
            case SourceCreated e -> Outcome.accepted(new SourceCreated(id, branch, e.introducedBy(), on, e.attributes()));
            case SympathiserAdded e -> addToSympathisers(on, or(number, e.resolutionNumber()), e.helper());
            case SympathiserRemoved e -> removeFromSympathisers(on, or(number, e.resolutionNumber()));
            case AwarenessCertificateIssued e -> recordCertificate(or(number, e.certificateNumber()), on);
            case BackgroundVerified e -> verifyBackground(e.startedOn(), on, rules);
            case CandidateIntroduced e -> unlessRefused(notBefore(on, "introducedOn", lastStepOn(), "lastStepOn"),
                    () -> Outcome.accepted(new CandidateIntroduced(id, branch, e.route(), e.introducers(), on,
                            e.findings())));
            case AdmissionVoted e -> voteOnAdmission(e.vote(), on, e.provincialApproval(), bornOn, rules);
            case AdmissionProposed e -> propose(e.proposedTo(), on);
            case AdmissionDecided e -> decideAdmission(new CommitteeDecision(e.decision().decidedBy(),
                    or(number, e.decision().number()), on, e.decision().deadlineExtended()), rules);
            case CandidateAdmitted e -> admit(new AdmissionDecision(e.decision().decidedBy(),
                    or(number, e.decision().number()), e.decision().decidedOn(), on, e.decision().readmission()),
                    bornOn, rules);
            case NewMemberClassCompleted e -> completeNewMemberClass(on);
            case RecognitionVoted e -> redoRecognitionVote(e, on, rules);
            case CandidateRecognised e -> recognise(new CommitteeDecision(e.decision().decidedBy(),
                    or(number, e.decision().number()), on, e.decision().deadlineExtended()), rules);
            case CandidateExited e -> exit(e.reason(), on, e.movedTo());
            case CandidateAttributesUpdated e -> Outcome.refused(attributesNotRevised());
            case CandidateTransferredIn e -> Outcome.refused(transferNotRevised());
        };
    }

    /**
     * The transfer in is the first entry of the history here, the facts of the sending committee: not a step of this
     * committee's to move or void (the candidate would have no step left).
     */
    private RuleViolation transferNotRevised() {
        return notApplicable("step",
                Bilingual.of("Bước nhận chuyển đến không sửa hay huỷ được: đó là hồ sơ của đảng ủy chuyển đi.",
                        "The transfer in cannot be corrected or voided: it holds the sending committee's record."),
                Bilingual.of("Nếu đã nhận nhầm, ghi nhận ra khỏi danh sách; nếu sai ngày, đối chiếu với đảng ủy chuyển đi.",
                        "If the candidate was taken in by mistake, record their exit; if a date is wrong, check with the sending committee."));
    }

    /** An update of the reporting attributes is not a step to correct or void: a later update replaces it. */
    private RuleViolation attributesNotRevised() {
        return notApplicable("step",
                Bilingual.of("Cập nhật thông tin báo cáo không sửa hay huỷ được; hãy cập nhật lại thông tin đúng.",
                        "An update of the reporting attributes cannot be corrected or voided; update them again."),
                Bilingual.of("Dùng «Cập nhật thông tin báo cáo» với thông tin đúng.",
                        "Update the reporting attributes again, with the right values."));
    }

    /** The class waived as recorded: its finding, which holds the reason, is kept as it was. */
    private Outcome<RecognitionVoted> redoRecognitionVote(RecognitionVoted vote, LocalDate on, PipelineRules rules) {
        Optional<Finding> waived = vote.findings().stream()
                .filter(finding -> finding.code() == RuleCode.NEW_MEMBER_CLASS_NOT_ATTENDED).findFirst();
        return voteOnRecognition(vote.vote(), on, waived.isPresent() ? "-" : null, rules).map(redone -> {
            List<Finding> findings = new ArrayList<>(redone.findings().stream()
                    .filter(finding -> finding.code() != RuleCode.NEW_MEMBER_CLASS_NOT_ATTENDED).toList());
            waived.ifPresent(findings::add);
            return new RecognitionVoted(redone.candidate(), redone.branch(), redone.votedOn(), redone.vote(), findings);
        });
    }

    /** A corrected step may not move past the step after it, which would then precede it. */
    private static Optional<RuleViolation> notAfterNext(LocalDate on, LocalDate next) {
        if (!on.isAfter(next)) {
            return Optional.empty();
        }
        return Optional.of(RuleViolation.of(RuleCode.STEP_OUT_OF_ORDER, "effectiveOn",
                RuleViolation.values("effectiveOn", on, "nextStepOn", next),
                Bilingual.of("Ngày " + on + " (effectiveOn) sau ngày " + next + " của bước tiếp theo (nextStepOn).",
                        "The date " + on + " (effectiveOn) is after " + next + ", the day of the next step (nextStepOn)."),
                Bilingual.of("Kiểm tra lại ngày: mỗi bước phải cùng ngày hoặc trước bước sau nó; sửa bước sau trước nếu cần.",
                        "Check the date: each step must be on or before the step after it; correct the later step first if need be.")));
    }

    private static String or(String corrected, String recorded) {
        return corrected == null ? recorded : corrected;
    }

    private Optional<RuleViolation> hasNoNumber(CandidateEvent step, StepChange change) {
        if (change.decisionNumber() == null || change.decisionNumber().isBlank()
                || StepRevision.decisionNumberOf(step) != null) {
            return Optional.empty();
        }
        return Optional.of(notApplicable("decisionNumber",
                Bilingual.of("Bước này không có số quyết định để sửa.", "This step has no decision number to correct."),
                Bilingual.of("Bỏ trống số quyết định, hoặc sửa bước quyết định tương ứng.",
                        "Leave the decision number empty, or correct the step that records the decision.")));
    }

    private RuleViolation notApplicable(String field, Bilingual message, Bilingual fix) {
        return RuleViolation.of(RuleCode.CORRECTION_NOT_APPLICABLE, field, RuleViolation.values("candidateId", id),
                message, fix);
    }

    // ---- what the log says so far

    public LocalDate identifiedOn() {
        return latest(SourceCreated.class).map(SourceCreated::identifiedOn).orElse(null);
    }

    // Each fact falls back on the transfer's dates: a step recorded here after it is the later one.

    public Optional<LocalDate> sympathiserSince() {
        return latest(SympathiserAdded.class).map(SympathiserAdded::addedOn)
                .or(() -> transferFacts().map(TransferFacts::sympathiserSince));
    }

    public Optional<LocalDate> certificateIssuedOn() {
        return latest(AwarenessCertificateIssued.class).map(AwarenessCertificateIssued::issuedOn)
                .or(() -> transferFacts().map(TransferFacts::certificateIssuedOn));
    }

    public Optional<LocalDate> introducedOn() {
        return latest(CandidateIntroduced.class).map(CandidateIntroduced::introducedOn)
                .or(() -> transferFacts().map(TransferFacts::introducedOn));
    }

    public Optional<LocalDate> admittedOn() {
        return latest(CandidateAdmitted.class).map(admitted -> admitted.decision().admittedOn())
                .or(() -> transferFacts().map(TransferFacts::admittedOn));
    }

    /** The day of the branch's vote on admission. */
    public Optional<LocalDate> branchVotedOn() {
        return latest(AdmissionVoted.class).map(AdmissionVoted::votedOn)
                .or(() -> transferFacts().map(TransferFacts::branchVotedOn));
    }

    /** The committee's admission decision, which the ceremony must carry out. */
    public Optional<CommitteeDecision> admissionDecision() {
        return latest(AdmissionDecided.class).map(AdmissionDecided::decision)
                .or(() -> transferFacts().map(TransferFacts::admissionDecision));
    }

    /** The day of the branch's vote on recognition. */
    public Optional<LocalDate> recognitionVotedOn() {
        return latest(RecognitionVoted.class).map(RecognitionVoted::votedOn)
                .or(() -> transferFacts().map(TransferFacts::recognitionVotedOn));
    }

    /** The committee the candidate was transferred from, when their history here starts with a transfer. */
    public Optional<CandidateTransferredIn> transferredIn() {
        return latest(CandidateTransferredIn.class);
    }

    private Optional<TransferFacts> transferFacts() {
        return transferredIn().map(CandidateTransferredIn::facts);
    }

    /** The day of the latest step that counts (none voided): since when the candidate stands at their stage. */
    public LocalDate stageSince() {
        List<CandidateEvent> counting = events();
        return counting.getLast().occurredOn();
    }

    /** The day of the latest step, which the next step may not precede. */
    public LocalDate lastStepOn() {
        return events().stream().map(CandidateEvent::occurredOn).max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
    }

    /**
     * The dates the deadlines run from. A committee's decision says whether it used the extension of its deadline, so
     * an extension is known from the day the decision is recorded.
     */
    public CandidateMilestones milestones() {
        CandidateMilestones m = CandidateMilestones.none();
        m = certificateIssuedOn().map(m::withCertificateIssuedOn).orElse(m);
        m = introducedOn().map(m::withDossierPreparedOn).orElse(m);
        m = branchVotedOn().map(m::withBranchResolutionOn).orElse(m);
        Optional<CommitteeDecision> admission = admissionDecision();
        if (admission.map(CommitteeDecision::deadlineExtended).orElse(false)) {
            m = m.withDecisionExtended();
        }
        m = admission.map(CommitteeDecision::decidedOn).map(m::withDecidedOn).orElse(m);
        m = admittedOn().map(m::withAdmittedOn).orElse(m);
        m = recognitionVotedOn().map(m::withRecognitionResolutionOn).orElse(m);
        Optional<CommitteeDecision> recognition = latest(CandidateRecognised.class).map(CandidateRecognised::decision);
        if (recognition.map(CommitteeDecision::deadlineExtended).orElse(false)) {
            m = m.withRecognitionDecisionExtended();
        }
        m = recognition.map(CommitteeDecision::decidedOn).map(m::withRecognisedOn).orElse(m);
        if (stage == Stage.EXITED) {
            m = m.withExitedOn(lastStepOn());
        }
        return m;
    }

    private <T extends CandidateEvent> Optional<T> latest(Class<T> type) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).voided() && type.isInstance(history.get(i).event())) {
                return Optional.of(type.cast(history.get(i).event()));
            }
        }
        return Optional.empty();
    }

    private static Stage stageAfter(Stage stage, CandidateEvent event) {
        return switch (event) {
            case SourceCreated e -> Stage.SOURCE;
            case SympathiserAdded e -> Stage.SYMPATHISER;
            case AwarenessCertificateIssued e -> stage.compareTo(Stage.CERTIFIED) < 0 ? Stage.CERTIFIED : stage;
            case BackgroundVerified e -> Stage.VERIFIED;
            case CandidateIntroduced e -> Stage.INTRODUCED;
            case AdmissionVoted e -> Stage.BRANCH_VOTED;
            case AdmissionProposed e -> Stage.PROPOSED;
            case AdmissionDecided e -> Stage.ADMISSION_DECIDED;
            case CandidateAdmitted e -> Stage.PROBATIONARY_MEMBER;
            case NewMemberClassCompleted e -> Stage.NEW_MEMBER_CLASS_COMPLETED;
            case RecognitionVoted e -> Stage.RECOGNITION_VOTED;
            case CandidateRecognised e -> Stage.OFFICIAL_MEMBER;
            case SympathiserRemoved e -> Stage.EXITED;
            case CandidateExited e -> Stage.EXITED;
            case CandidateAttributesUpdated e -> stage;
            case CandidateTransferredIn e -> e.stage();
        };
    }

    // ---- order of the steps

    /**
     * Refused with the violations the committee's enforcement refuses; otherwise accepted with the event {@code record}
     * builds from the rest, each kept on it as a {@link Finding}. A check still waiting for an approval is the caller's
     * to resolve before it gets here.
     */
    private static <E> Outcome<E> when(RuleCheck check, PipelineRules rules, Function<List<Finding>, E> record) {
        RuleEnforcement.Judgement judgement = rules.enforcement.judge(check.violations());
        return judgement.refusals().isEmpty() ? Outcome.accepted(record.apply(judgement.findings()))
                : Outcome.refused(judgement.refusals());
    }

    private static <E> Outcome<E> unlessRefused(Optional<RuleViolation> refusal, Supplier<Outcome<E>> decision) {
        return refusal.<Outcome<E>>map(Outcome::refused).orElseGet(decision);
    }

    private Optional<RuleViolation> precheck(Stage reached, Set<Stage> from, LocalDate on, String field) {
        return precheck(Bilingual.of(reached.reachedByVi(), reached.reachedByEn()), from, on, field);
    }

    /** The step may follow the candidate's stage, and is dated on or after the latest step. */
    private Optional<RuleViolation> precheck(Bilingual step, Set<Stage> from, LocalDate on, String field) {
        if (!from.contains(stage)) {
            return Optional.of(stepNotAllowed(step, from));
        }
        return on == null ? Optional.empty() : notBefore(on, field, lastStepOn(), "lastStepOn");
    }

    private RuleViolation stepNotAllowed(Bilingual step, Set<Stage> from) {
        var values = RuleViolation.values("candidateId", id, "stage", stage, "allowedFrom", from);
        if (stage == Stage.EXITED) {
            return RuleViolation.of(RuleCode.STEP_NOT_ALLOWED, null, values,
                    Bilingual.of("Không thể ghi nhận bước «" + step.vi() + "»: người này đã ra khỏi danh sách.",
                            "Cannot record " + step.en() + ": this person has left the pipeline."),
                    Bilingual.of("Nếu người này trở lại, xác định lại là nguồn mới.",
                            "If the person comes back, identify them again as a new source."));
        }
        Stage earliest = from.stream().min(Comparator.naturalOrder()).orElse(stage);
        if (stage.compareTo(earliest) < 0) {
            Stage next = Stage.values()[stage.ordinal() + 1];
            return RuleViolation.of(RuleCode.STEP_NOT_ALLOWED, null, values,
                    Bilingual.of("Chưa thể ghi nhận bước «" + step.vi() + "»: người này mới ở giai đoạn " + stage.vi() + ".",
                            "Cannot record " + step.en() + " yet: this person is at stage " + stage.en() + "."),
                    Bilingual.of("Ghi nhận trước bước «" + next.reachedByVi() + "».",
                            "Record " + next.reachedByEn() + " first."));
        }
        return RuleViolation.of(RuleCode.STEP_NOT_ALLOWED, null, values,
                Bilingual.of("Không thể ghi nhận bước «" + step.vi() + "»: người này đã ở giai đoạn " + stage.vi() + ".",
                        "Cannot record " + step.en() + ": this person is already at stage " + stage.en() + "."),
                Bilingual.of("Bước này đã qua; kiểm tra lại mã người vào Đảng.",
                        "That step is behind them; check the candidate id."));
    }

    private static Optional<RuleViolation> notBefore(LocalDate on, String field, LocalDate earliest, String earliestName) {
        if (!on.isBefore(earliest)) {
            return Optional.empty();
        }
        return Optional.of(RuleViolation.of(RuleCode.STEP_OUT_OF_ORDER, field,
                RuleViolation.values(field, on, earliestName, earliest),
                Bilingual.of("Ngày " + on + " (" + field + ") trước ngày " + earliest + " (" + earliestName + ").",
                        "The date " + on + " (" + field + ") is before " + earliest + " (" + earliestName + ")."),
                Bilingual.of("Kiểm tra lại ngày tháng đã nhập: mỗi bước phải cùng ngày hoặc sau bước trước.",
                        "Check the dates entered: each step must be on or after the step before.")));
    }

    private static Optional<RuleViolation> introducerCount(IntroductionRoute route, List<Introducer> introducers) {
        if (introducers.size() == route.membersNeeded()) {
            return Optional.empty();
        }
        return Optional.of(RuleViolation.of(RuleCode.INTRODUCTION_ROUTE, "introducers",
                RuleViolation.values("route", route, "introducers", introducers.size(), "membersNeeded", route.membersNeeded()),
                Bilingual.of("Hình thức giới thiệu " + route + " cần " + route.membersNeeded() + " đảng viên giới thiệu, đã nhập "
                                + introducers.size() + ".",
                        "Route " + route + " needs " + route.membersNeeded() + " introducing members; "
                                + introducers.size() + " given."),
                Bilingual.of("Nhập đúng " + route.membersNeeded() + " người giới thiệu.",
                        "Give exactly " + route.membersNeeded() + " introducers.")));
    }

    private Optional<RuleViolation> sameDecision(AdmissionDecision ceremony) {
        CommitteeDecision recorded = admissionDecision().orElseThrow();
        if (recorded.decidedBy().equals(ceremony.decidedBy()) && recorded.number().equals(ceremony.number())
                && recorded.decidedOn().equals(ceremony.decidedOn())) {
            return Optional.empty();
        }
        return Optional.of(RuleViolation.of(RuleCode.DECISION_MISMATCH, "decisionNumber",
                RuleViolation.values("recordedDecisionNumber", recorded.number(), "recordedDecidedOn", recorded.decidedOn(),
                        "recordedDecidedBy", recorded.decidedBy(), "decisionNumber", ceremony.number(),
                        "decidedOn", ceremony.decidedOn(), "decidedBy", ceremony.decidedBy()),
                Bilingual.of("Quyết định " + ceremony.number() + " ngày " + ceremony.decidedOn() + " khác quyết định kết nạp đã ghi nhận ("
                                + recorded.number() + " ngày " + recorded.decidedOn() + ").",
                        "Decision " + ceremony.number() + " of " + ceremony.decidedOn() + " is not the recorded admission decision ("
                                + recorded.number() + " of " + recorded.decidedOn() + ")."),
                Bilingual.of("Nhập đúng số, ngày và cấp ủy của quyết định đã ghi nhận.",
                        "Give the number, date and committee of the recorded decision.")));
    }

    private static RuleViolation approvalMissing(RequiredApproval approval) {
        return RuleViolation.of(approval.code(), "provincialApproval", approval.values(), approval.message(),
                Bilingual.of("Xin ý kiến tỉnh ủy; khi đã được đồng ý, ghi nhận lại với provincialApproval = true.",
                        "Obtain the provincial committee's approval, then record the vote again with provincialApproval = true."));
    }
}
