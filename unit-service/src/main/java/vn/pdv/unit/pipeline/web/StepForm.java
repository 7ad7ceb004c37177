package vn.pdv.unit.pipeline.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.pipeline.AdmissionDecision;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.CommitteeDecision;
import vn.pdv.unit.pipeline.ExitReason;
import vn.pdv.unit.pipeline.Gender;
import vn.pdv.unit.pipeline.IntroducingOrganisation;
import vn.pdv.unit.pipeline.IntroductionRoute;
import vn.pdv.unit.pipeline.NewSource;
import vn.pdv.unit.pipeline.NewTransfer;
import vn.pdv.unit.pipeline.PersonalDetails;
import vn.pdv.unit.pipeline.ReportingAttributes;
import vn.pdv.unit.pipeline.Stage;
import vn.pdv.unit.pipeline.TransferFacts;
import vn.pdv.unit.pipeline.application.Pipeline;
import vn.pdv.unit.pipeline.rules.BranchVote;
import vn.pdv.unit.pipeline.rules.Introducer;
import vn.pdv.unit.pipeline.rules.MemberRef;
import vn.pdv.unit.pipeline.rules.PartyStanding;

/**
 * Each step of the pipeline as a form, its fields in the order of the Party's own paper (the branch's minutes: official
 * members on the roll, present, for, against; a decision: the deciding committee, its number, its date), named as the
 * JSON API names them so a rule's field lands on the same input. Recording goes through {@link Pipeline}, so every rule
 * is the domain's; this class only reads the form.
 *
 * <p>{@link #offeredAt} says which forms the candidate's page links to at a stage. That is a convenience: a step
 * opened at the wrong stage is refused by the domain with its own message.
 */
enum StepForm {

    SOURCE("new", Set.of(), List.of(
            Field.branch("branchCode"), Field.choice("introducedBy", IntroducingOrganisation.class),
            Field.date("identifiedOn"), Field.text("fullName"), Field.date("dateOfBirth"), Field.idCard("idCardNumber"),
            Field.text("address").optional(), Field.phone("phone").optional(), Field.choice("gender", Gender.class),
            Field.flag("ethnicMinority"), Field.flag("religious"), Field.flag("youthUnionMember"),
            Field.flag("tradeUnionMember"), Field.text("generalEducation").optional(),
            Field.text("professionalLevel").optional(), Field.text("occupationSector").optional())),
    /**
     * "Nhận chuyển đến" (issue 13): a candidate taken in from another committee, as the dossier it sent says: its id
     * for them, the stage reached, the dates of the steps that stage implies (only those are kept), then the person as
     * for a source.
     */
    TRANSFER("transfer", Set.of(), List.of(
            Field.unit("fromCommitteeCode"), Field.text("transferId"), Field.branch("branchCode"),
            Field.date("transferredOn"), Field.choice("stage", Stage.class), Field.date("sympathiserSince").optional(),
            Field.date("certificateIssuedOn").optional(), Field.date("introducedOn").optional(),
            Field.date("branchVotedOn").optional(), Field.unit("decidedBy").optional(),
            Field.text("decisionNumber").optional(), Field.date("decidedOn").optional(),
            Field.date("admittedOn").optional(), Field.date("recognitionVotedOn").optional(),
            Field.text("fullName"), Field.date("dateOfBirth"), Field.idCard("idCardNumber"),
            Field.text("address").optional(), Field.phone("phone").optional(), Field.choice("gender", Gender.class),
            Field.flag("ethnicMinority"), Field.flag("religious"), Field.flag("youthUnionMember"),
            Field.flag("tradeUnionMember"), Field.text("generalEducation").optional(),
            Field.text("professionalLevel").optional(), Field.text("occupationSector").optional())),
    SYMPATHISERS("sympathisers", EnumSet.of(Stage.SOURCE), List.of(
            Field.date("addedOn"), Field.text("resolutionNumber").optional(), Field.text("helperMemberRef"))),
    CERTIFICATE("certificate", EnumSet.of(Stage.SYMPATHISER), List.of(
            Field.text("certificateNumber"), Field.date("issuedOn"))),
    VERIFICATION("verification", EnumSet.of(Stage.CERTIFIED), List.of(
            Field.date("startedOn"), Field.date("concludedOn"))),
    INTRODUCTIONS("introductions", EnumSet.of(Stage.VERIFIED), List.of(
            Field.choice("route", IntroductionRoute.class), Field.date("introducedOn"),
            Field.text("introducers[0].memberRef"), Field.choice("introducers[0].standing", PartyStanding.class),
            Field.date("introducers[0].withCandidateSince"),
            Field.text("introducers[1].memberRef").optional(),
            Field.choice("introducers[1].standing", PartyStanding.class).optional(),
            Field.date("introducers[1].withCandidateSince").optional())),
    BRANCH_VOTE("branch-vote", EnumSet.of(Stage.INTRODUCED), List.of(
            Field.date("votedOn"), Field.count("officialMembers"), Field.count("officialMembersPresent"),
            Field.count("votesFor"), Field.count("votesAgainst"), Field.flag("provincialApproval"))),
    PROPOSAL("proposal", EnumSet.of(Stage.BRANCH_VOTED), List.of(
            Field.date("proposedOn"), Field.unit("proposedTo"))),
    ADMISSION_DECISION("admission-decision", EnumSet.of(Stage.PROPOSED), List.of(
            Field.unit("decidedBy"), Field.text("decisionNumber"), Field.date("decidedOn"), Field.flag("deadlineExtended"))),
    ADMISSION("admission", EnumSet.of(Stage.ADMISSION_DECIDED), List.of(
            Field.unit("decidedBy"), Field.text("decisionNumber"), Field.date("decidedOn"), Field.date("admittedOn"),
            Field.flag("readmission"))),
    NEW_MEMBER_CLASS("new-member-class", EnumSet.of(Stage.PROBATIONARY_MEMBER), List.of(
            Field.date("completedOn"))),
    RECOGNITION_VOTE("recognition-vote", EnumSet.of(Stage.PROBATIONARY_MEMBER, Stage.NEW_MEMBER_CLASS_COMPLETED), List.of(
            Field.date("votedOn"), Field.count("officialMembers"), Field.count("officialMembersPresent"),
            Field.count("votesFor"), Field.count("votesAgainst"), Field.text("newMemberClassWaivedReason").optional())),
    RECOGNITION("recognition", EnumSet.of(Stage.RECOGNITION_VOTED), List.of(
            Field.unit("decidedBy"), Field.text("decisionNumber"), Field.date("decidedOn"), Field.flag("deadlineExtended"))),
    ATTRIBUTES("attributes", EnumSet.range(Stage.SOURCE, Stage.RECOGNITION_VOTED), List.of(
            Field.date("updatedOn"), Field.choice("gender", Gender.class), Field.flag("ethnicMinority"),
            Field.flag("religious"), Field.flag("youthUnionMember"), Field.flag("tradeUnionMember"),
            Field.text("generalEducation").optional(), Field.text("professionalLevel").optional(),
            Field.text("occupationSector").optional())),
    REMOVAL("removal", EnumSet.of(Stage.SYMPATHISER, Stage.CERTIFIED, Stage.VERIFIED, Stage.INTRODUCED), List.of(
            Field.date("removedOn"), Field.text("resolutionNumber").optional())),
    EXIT("exit", EnumSet.complementOf(EnumSet.of(Stage.OFFICIAL_MEMBER, Stage.EXITED)), List.of(
            Field.choice("reason", ExitReason.class), Field.date("exitedOn"), Field.unit("movedTo").optional()));

    /**
     * Where a rule about the step as a whole shows its message on this page's form as well as in the summary: the
     * first of these fields the form has.
     */
    private static final Map<RuleCode, List<String>> RULE_FIELDS = Map.ofEntries(
            Map.entry(RuleCode.VOTE_THRESHOLD, List.of("votesFor")),
            Map.entry(RuleCode.VOTE_COUNTS_INCONSISTENT, List.of("officialMembersPresent")),
            Map.entry(RuleCode.DECISION_DEADLINE, List.of("decidedOn")),
            Map.entry(RuleCode.CEREMONY_DEADLINE, List.of("admittedOn")),
            Map.entry(RuleCode.RECOGNITION_CONSIDERATION_DEADLINE, List.of("votedOn")),
            Map.entry(RuleCode.RECOGNITION_DECISION_DEADLINE, List.of("decidedOn")),
            Map.entry(RuleCode.PROBATION_NOT_COMPLETED, List.of("votedOn")),
            Map.entry(RuleCode.SYMPATHISER_PERIOD, List.of("startedOn")),
            Map.entry(RuleCode.CERTIFICATE_MISSING, List.of("votedOn")),
            Map.entry(RuleCode.CERTIFICATE_EXPIRED, List.of("votedOn")),
            Map.entry(RuleCode.STALE_DOSSIER, List.of("votedOn")),
            Map.entry(RuleCode.AGE_RANGE, List.of("dateOfBirth", "votedOn")),
            Map.entry(RuleCode.AGE_OVER_LIMIT, List.of("provincialApproval")),
            Map.entry(RuleCode.INTRODUCER_NOT_OFFICIAL, List.of("introducers[0].standing")),
            Map.entry(RuleCode.INTRODUCER_ACQUAINTANCE, List.of("introducers[0].withCandidateSince")),
            Map.entry(RuleCode.INTRODUCERS_NOT_DISTINCT, List.of("introducers[1].memberRef")),
            Map.entry(RuleCode.INTRODUCTION_ROUTE, List.of("route")),
            Map.entry(RuleCode.YOUTH_UNION_MEMBERSHIP, List.of("route")),
            Map.entry(RuleCode.DECISION_MISMATCH, List.of("decisionNumber")),
            Map.entry(RuleCode.BRANCH_UNKNOWN, List.of("branchCode")),
            Map.entry(RuleCode.CANDIDATE_ALREADY_RECORDED, List.of("transferId")),
            Map.entry(RuleCode.TRANSFER_DATE_MISSING, List.of("decidedOn")));

    private final String path;
    private final Set<Stage> offeredAt;
    private final List<Field> fields;

    StepForm(String path, Set<Stage> offeredAt, List<Field> fields) {
        this.path = path;
        this.offeredAt = offeredAt;
        this.fields = fields;
    }

    /** The last part of the form's address, {@code /candidates/{id}/steps/{path}}; also its words' key. */
    public String path() {
        return path;
    }

    public List<Field> fields() {
        return fields;
    }

    public List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }

    static Optional<StepForm> at(String path) {
        return Arrays.stream(values()).filter(form -> form != SOURCE && form != TRANSFER && form.path.equals(path))
                .findFirst();
    }

    /** The forms a candidate's page offers at {@code stage}: the next step first, leaving last. */
    static List<StepForm> offeredAt(Stage stage) {
        return Arrays.stream(values()).filter(form -> form.offeredAt.contains(stage)).toList();
    }

    /** The form's field a rule's message belongs at: the one the rule names, or the one it is about here, or none. */
    String fieldOf(String ruleField, RuleCode code) {
        List<String> names = fieldNames();
        if (ruleField != null && names.contains(ruleField)) {
            return ruleField;
        }
        return RULE_FIELDS.getOrDefault(code, List.of()).stream().filter(names::contains).findFirst().orElse(null);
    }

    /** Records the step the form was filled in for; empty when there is no such candidate. */
    Optional<? extends Outcome<?>> record(Pipeline pipeline, ActorId by, CandidateId id, StepValues form) {
        return switch (this) {
            case SOURCE -> Optional.of(pipeline.identifySource(by, new NewSource(form.unit("branchCode"),
                    form.choice("introducedBy", IntroducingOrganisation.class), form.date("identifiedOn"),
                    new PersonalDetails(form.text("fullName"), form.date("dateOfBirth"), form.text("idCardNumber"),
                            form.text("address"), form.text("phone")),
                    new ReportingAttributes(form.choice("gender", Gender.class), form.date("dateOfBirth").getYear(),
                            form.flag("ethnicMinority"), form.flag("religious"), form.flag("youthUnionMember"),
                            form.flag("tradeUnionMember"), form.text("generalEducation"), form.text("professionalLevel"),
                            form.text("occupationSector")))));
            case TRANSFER -> Optional.of(pipeline.transferIn(by, new NewTransfer(form.unit("fromCommitteeCode"),
                    new CandidateId(form.text("transferId")), form.unit("branchCode"), form.date("transferredOn"),
                    form.choice("stage", Stage.class), new TransferFacts(form.date("sympathiserSince"),
                    form.date("certificateIssuedOn"), form.date("introducedOn"), form.date("branchVotedOn"),
                    form.date("decidedOn") == null ? null : decision(form), form.date("admittedOn"),
                    form.date("recognitionVotedOn")),
                    new PersonalDetails(form.text("fullName"), form.date("dateOfBirth"), form.text("idCardNumber"),
                            form.text("address"), form.text("phone")),
                    new ReportingAttributes(form.choice("gender", Gender.class), form.date("dateOfBirth").getYear(),
                            form.flag("ethnicMinority"), form.flag("religious"), form.flag("youthUnionMember"),
                            form.flag("tradeUnionMember"), form.text("generalEducation"), form.text("professionalLevel"),
                            form.text("occupationSector")))));
            case SYMPATHISERS -> pipeline.addToSympathisers(by, id, form.date("addedOn"), form.text("resolutionNumber"),
                    new MemberRef(form.text("helperMemberRef")));
            case CERTIFICATE -> pipeline.recordCertificate(by, id, form.text("certificateNumber"), form.date("issuedOn"));
            case VERIFICATION -> pipeline.verifyBackground(by, id, form.date("startedOn"), form.date("concludedOn"));
            case INTRODUCTIONS -> pipeline.introduce(by, id, form.choice("route", IntroductionRoute.class),
                    introducers(form), form.date("introducedOn"));
            case BRANCH_VOTE -> pipeline.voteOnAdmission(by, id, vote(form), form.date("votedOn"),
                    form.flag("provincialApproval"));
            case PROPOSAL -> pipeline.propose(by, id, form.unit("proposedTo"), form.date("proposedOn"));
            case ADMISSION_DECISION -> pipeline.decideAdmission(by, id, decision(form));
            case ADMISSION -> pipeline.admit(by, id, new AdmissionDecision(form.unit("decidedBy"),
                    form.text("decisionNumber"), form.date("decidedOn"), form.date("admittedOn"),
                    form.flag("readmission")), false);
            case NEW_MEMBER_CLASS -> pipeline.completeNewMemberClass(by, id, form.date("completedOn"));
            case RECOGNITION_VOTE -> pipeline.voteOnRecognition(by, id, vote(form), form.date("votedOn"),
                    form.text("newMemberClassWaivedReason"));
            case RECOGNITION -> pipeline.recognise(by, id, decision(form));
            case ATTRIBUTES -> pipeline.updateAttributes(by, id, form.date("updatedOn"), new ReportingAttributes(
                    form.choice("gender", Gender.class), null, form.flag("ethnicMinority"), form.flag("religious"),
                    form.flag("youthUnionMember"), form.flag("tradeUnionMember"), form.text("generalEducation"),
                    form.text("professionalLevel"), form.text("occupationSector")));
            case REMOVAL -> pipeline.removeFromSympathisers(by, id, form.date("removedOn"), form.text("resolutionNumber"));
            case EXIT -> pipeline.exit(by, id, form.choice("reason", ExitReason.class), form.date("exitedOn"),
                    form.unit("movedTo"));
        };
    }

    private static BranchVote vote(StepValues form) {
        return new BranchVote(form.count("officialMembers"), form.count("officialMembersPresent"),
                form.count("votesFor"), form.count("votesAgainst"));
    }

    private static CommitteeDecision decision(StepValues form) {
        return new CommitteeDecision(form.unit("decidedBy"), form.text("decisionNumber"), form.date("decidedOn"),
                form.flag("deadlineExtended"));
    }

    /** The first introducer always; the second when their member reference is filled in. */
    private static List<Introducer> introducers(StepValues form) {
        List<Introducer> introducers = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String prefix = "introducers[" + i + "].";
            if (form.text(prefix + "memberRef") != null && form.date(prefix + "withCandidateSince") != null
                    && form.choice(prefix + "standing", PartyStanding.class) != null) {
                introducers.add(new Introducer(new MemberRef(form.text(prefix + "memberRef")),
                        form.choice(prefix + "standing", PartyStanding.class), form.date(prefix + "withCandidateSince")));
            }
        }
        return introducers;
    }

    /**
     * One input of a form.
     *
     * @param choices the enum a drop-down offers, for {@link Kind#CHOICE}
     */
    record Field(String name, Kind kind, boolean required, Class<? extends Enum<?>> choices) {

        enum Kind { DATE, COUNT, TEXT, FLAG, CHOICE, UNIT, BRANCH, ID_CARD, PHONE }

        static Field date(String name) {
            return new Field(name, Kind.DATE, true, null);
        }

        static Field count(String name) {
            return new Field(name, Kind.COUNT, true, null);
        }

        static Field text(String name) {
            return new Field(name, Kind.TEXT, true, null);
        }

        static Field flag(String name) {
            return new Field(name, Kind.FLAG, false, null);
        }

        static Field choice(String name, Class<? extends Enum<?>> choices) {
            return new Field(name, Kind.CHOICE, true, choices);
        }

        static Field unit(String name) {
            return new Field(name, Kind.UNIT, true, null);
        }

        static Field branch(String name) {
            return new Field(name, Kind.BRANCH, true, null);
        }

        static Field idCard(String name) {
            return new Field(name, Kind.ID_CARD, true, null);
        }

        static Field phone(String name) {
            return new Field(name, Kind.PHONE, true, null);
        }

        Field optional() {
            return new Field(name, kind, false, choices);
        }

        /** The template's input kind: {@code text-input}'s date, number or text, or a select, or a check box. */
        public String input() {
            return switch (kind) {
                case DATE -> "date";
                case COUNT -> "number";
                case FLAG -> "flag";
                case CHOICE, BRANCH -> "select";
                default -> "text";
            };
        }

        /** The id of its input, as the shared form fragments make it. */
        public String id() {
            return vn.pdv.common.ui.FormErrors.idOf(name);
        }
    }
}
