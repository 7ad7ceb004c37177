package vn.pdv.unit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.pipeline.CandidateFixture.ADMITTED_ON;
import static vn.pdv.unit.pipeline.CandidateFixture.BORN;
import static vn.pdv.unit.pipeline.CandidateFixture.BRANCH;
import static vn.pdv.unit.pipeline.CandidateFixture.COMMITTEE;
import static vn.pdv.unit.pipeline.CandidateFixture.DECIDED_ON;
import static vn.pdv.unit.pipeline.CandidateFixture.INTRODUCED_ON;
import static vn.pdv.unit.pipeline.CandidateFixture.LISTED;
import static vn.pdv.unit.pipeline.CandidateFixture.RECOGNITION_VOTED_ON;
import static vn.pdv.unit.pipeline.CandidateFixture.RULES;
import static vn.pdv.unit.pipeline.CandidateFixture.VERIFIED_ON;
import static vn.pdv.unit.pipeline.CandidateFixture.VOTED_ON;
import static vn.pdv.unit.pipeline.CandidateFixture.aCeremony;
import static vn.pdv.unit.pipeline.CandidateFixture.aRecognitionDecision;
import static vn.pdv.unit.pipeline.CandidateFixture.aSource;
import static vn.pdv.unit.pipeline.CandidateFixture.aVote;
import static vn.pdv.unit.pipeline.CandidateFixture.accepted;
import static vn.pdv.unit.pipeline.CandidateFixture.anAdmissionDecision;
import static vn.pdv.unit.pipeline.CandidateFixture.at;
import static vn.pdv.unit.pipeline.CandidateFixture.official;
import static vn.pdv.unit.pipeline.CandidateFixture.recordedWithFinding;
import static vn.pdv.unit.pipeline.CandidateFixture.refused;
import static vn.pdv.unit.pipeline.CandidateFixture.then;
import static vn.pdv.unit.pipeline.rules.RuleSettingsFixture.defaultSettings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.pdv.common.workingdays.WorkingDayCalendar;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.rules.BranchVote;
import vn.pdv.unit.pipeline.rules.Enforcement;
import vn.pdv.unit.pipeline.rules.Introducer;
import vn.pdv.unit.pipeline.rules.MemberRef;
import vn.pdv.unit.pipeline.rules.Months;
import vn.pdv.unit.pipeline.rules.PartyStanding;
import vn.pdv.unit.pipeline.rules.RuleEnforcement;
import vn.pdv.unit.pipeline.rules.RuleSettings;
import vn.pdv.unit.pipeline.rules.SchoolingMinimum;

/**
 * Each step of the pipeline accepted on the right side of every rule's boundary, and on the wrong side refused for a
 * rule that protects the standard, or recorded with a finding for a deadline or paperwork rule.
 */
class CandidateTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();

    @Test
    void walksFromSourceToOfficialMemberWithOneEventPerStep() {
        Candidate member = at(Stage.OFFICIAL_MEMBER);

        assertThat(member.events()).extracting(event -> event.getClass().getSimpleName()).containsExactly(
                "SourceCreated", "SympathiserAdded", "AwarenessCertificateIssued", "BackgroundVerified",
                "CandidateIntroduced", "AdmissionVoted", "AdmissionProposed", "AdmissionDecided", "CandidateAdmitted",
                "NewMemberClassCompleted", "RecognitionVoted", "CandidateRecognised");
        assertThat(member.events()).allSatisfy(event -> {
            assertThat(event.candidate()).isEqualTo(member.id());
            assertThat(event.toString()).doesNotContain(BORN.toString());
        });
    }

    @Nested
    class Order {

        @Test
        void refusesAStepWhoseEarlierStepIsMissingAndNamesTheStepToRecordFirst() {
            var violation = refused(aSource().recordCertificate("GCN-1", LISTED), RuleCode.STEP_NOT_ALLOWED);

            assertThat(violation.values()).containsEntry("stage", "SOURCE");
            assertThat(violation.fix().vi()).contains("danh sách cảm tình đảng");
            assertThat(violation.fix().en()).contains("sympathiser list");
        }

        @Test
        void refusesTheBranchVoteBeforeTheIntroductions() {
            refused(at(Stage.VERIFIED).voteOnAdmission(aVote(), VOTED_ON, false, BORN, RULES), RuleCode.STEP_NOT_ALLOWED);
        }

        @Test
        void refusesTheRecognitionVoteBeforeTheNewMemberClass() {
            refused(at(Stage.PROBATIONARY_MEMBER).voteOnRecognition(aVote(), RECOGNITION_VOTED_ON, RULES),
                    RuleCode.STEP_NOT_ALLOWED);
        }

        @Test
        void refusesRepeatingAStepThatIsBehindTheCandidate() {
            var violation = refused(at(Stage.PROBATIONARY_MEMBER).admit(aCeremony(ADMITTED_ON), RULES),
                    RuleCode.STEP_NOT_ALLOWED);

            assertThat(violation.message().en()).contains("already at stage probationary member");
        }

        @Test
        void acceptsAStepOnTheDayOfTheLatestStepAndRefusesTheDayBefore() {
            Candidate source = aSource();

            accepted(source.addToSympathisers(source.identifiedOn(), null, new MemberRef("M-007")));
            var violation = refused(source.addToSympathisers(source.identifiedOn().minusDays(1), null, new MemberRef("M-007")),
                    RuleCode.STEP_OUT_OF_ORDER);
            assertThat(violation.field()).isEqualTo("addedOn");
        }

        @Test
        void acceptsACertificateEarnedBeforeTheCandidateWasListed() {
            accepted(at(Stage.SYMPATHISER).recordCertificate("GCN-2021-7", LocalDate.of(2021, 6, 1)));
        }
    }

    @Nested
    class SympathiserList {

        @Test
        void removingFromTheListEndsThePipeline() {
            Candidate removed = then(at(Stage.CERTIFIED), at(Stage.CERTIFIED).removeFromSympathisers(VERIFIED_ON, "09-NQ/CB"));

            assertThat(removed.stage()).isEqualTo(Stage.EXITED);
            var violation = refused(removed.verifyBackground(VERIFIED_ON, VERIFIED_ON, RULES), RuleCode.STEP_NOT_ALLOWED);
            assertThat(violation.message().en()).contains("left the pipeline");
        }

        @Test
        void refusesRemovingASourceNeverListed() {
            refused(aSource().removeFromSympathisers(LISTED, "09-NQ/CB"), RuleCode.STEP_NOT_ALLOWED);
        }
    }

    @Nested
    class BackgroundVerification {

        private final PipelineRules yearOnTheList = new PipelineRules(
                defaultSettings().withMinimumSympathiserPeriod(Months.of(12)), CALENDAR);

        @Test
        void acceptsVerificationStartingWhenTheLocalMinimumOnTheListIsServed() {
            Candidate certified = at(Stage.CERTIFIED);

            accepted(certified.verifyBackground(LISTED.plusMonths(12), LISTED.plusMonths(13), yearOnTheList));
        }

        @Test
        void refusesVerificationStartingADayBeforeTheLocalMinimumIsServed() {
            var violation = refused(at(Stage.CERTIFIED).verifyBackground(LISTED.plusMonths(12).minusDays(1),
                    LISTED.plusMonths(13), yearOnTheList), RuleCode.SYMPATHISER_PERIOD);

            assertThat(violation.values()).containsEntry("minimumMonths", "12").containsEntry("monthsOnList", "11");
        }

        @Test
        void refusesAVerificationConcludedBeforeItStarted() {
            refused(at(Stage.CERTIFIED).verifyBackground(VERIFIED_ON, VERIFIED_ON.minusDays(1), RULES),
                    RuleCode.STEP_OUT_OF_ORDER);
        }
    }

    @Nested
    class Introductions {

        private final Candidate verified = at(Stage.VERIFIED);

        @Test
        void refusesTwoMembersForACandidateOfYouthAgeInTheYouthUnion() {
            refused(verified.introduce(IntroductionRoute.TWO_OFFICIAL_MEMBERS, List.of(official("M-1"), official("M-2")),
                    INTRODUCED_ON, BORN, RULES), RuleCode.INTRODUCTION_ROUTE);
        }

        @Test
        void acceptsTwoMembersForACandidatePastYouthAge() {
            accepted(verified.introduce(IntroductionRoute.TWO_OFFICIAL_MEMBERS, List.of(official("M-1"), official("M-2")),
                    INTRODUCED_ON, LocalDate.of(1990, 1, 1), RULES));
        }

        @Test
        void acceptsTheTradeUnionRouteForATradeUnionMemberPastYouthAge() {
            accepted(verified.introduce(IntroductionRoute.MEMBER_AND_TRADE_UNION_COMMITTEE, List.of(official("M-1")),
                    INTRODUCED_ON, LocalDate.of(1990, 1, 1), RULES));
        }

        @Test
        void refusesAProbationaryIntroducer() {
            var probationary = new Introducer(new MemberRef("M-9"), PartyStanding.PROBATIONARY, LocalDate.of(2020, 1, 1));

            refused(verified.introduce(IntroductionRoute.MEMBER_AND_YOUTH_UNION_COMMITTEE, List.of(probationary),
                    INTRODUCED_ON, BORN, RULES), RuleCode.INTRODUCER_NOT_OFFICIAL);
        }

        @Test
        void acceptsAnIntroducerOfExactlyTwelveMonthsAndRefusesOneDayShort() {
            var twelveMonths = new Introducer(new MemberRef("M-1"), PartyStanding.OFFICIAL, INTRODUCED_ON.minusMonths(12));
            var dayShort = new Introducer(new MemberRef("M-1"), PartyStanding.OFFICIAL, INTRODUCED_ON.minusMonths(12).plusDays(1));

            accepted(verified.introduce(IntroductionRoute.MEMBER_AND_YOUTH_UNION_COMMITTEE, List.of(twelveMonths),
                    INTRODUCED_ON, BORN, RULES));
            refused(verified.introduce(IntroductionRoute.MEMBER_AND_YOUTH_UNION_COMMITTEE, List.of(dayShort),
                    INTRODUCED_ON, BORN, RULES), RuleCode.INTRODUCER_ACQUAINTANCE);
        }

        @Test
        void refusesARouteWithTheWrongNumberOfIntroducers() {
            var violation = refused(verified.introduce(IntroductionRoute.TWO_OFFICIAL_MEMBERS, List.of(official("M-1")),
                    INTRODUCED_ON, LocalDate.of(1990, 1, 1), RULES), RuleCode.INTRODUCTION_ROUTE);

            assertThat(violation.field()).isEqualTo("introducers");
        }

        @Test
        void keepsTheIntroducersOffTheDateOfBirth() {
            var introduced = accepted(verified.introduce(IntroductionRoute.MEMBER_AND_YOUTH_UNION_COMMITTEE,
                    List.of(official("M-1")), INTRODUCED_ON, BORN, RULES));

            assertThat(introduced.toString()).doesNotContain(BORN.toString());
        }
    }

    @Nested
    class BranchVote_ {

        private final Candidate introduced = at(Stage.INTRODUCED);

        @Test
        void acceptsACandidateEighteenToTheDayAndRefusesOneDayYounger() {
            accepted(introduced.voteOnAdmission(aVote(), VOTED_ON, false, VOTED_ON.minusYears(18), RULES));
            var violation = refused(introduced.voteOnAdmission(aVote(), VOTED_ON, false, VOTED_ON.minusYears(18).plusDays(1),
                    RULES), RuleCode.AGE_RANGE);

            assertThat(violation.values()).containsEntry("ageInMonths", "215").containsEntry("minimumAgeInMonths", "216");
        }

        @Test
        void acceptsSixtyYearsAndRefusesOverSixtyWithoutTheProvincialCommitteesApproval() {
            LocalDate sixty = VOTED_ON.minusYears(60);
            LocalDate sixtyAndAMonth = VOTED_ON.minusYears(60).minusMonths(1);

            accepted(introduced.voteOnAdmission(aVote(), VOTED_ON, false, sixty, RULES));
            var violation = refused(introduced.voteOnAdmission(aVote(), VOTED_ON, false, sixtyAndAMonth, RULES),
                    RuleCode.AGE_OVER_LIMIT);
            assertThat(violation.field()).isEqualTo("provincialApproval");
            assertThat(violation.fix().en()).contains("provincialApproval = true");
        }

        @Test
        void acceptsOverSixtyWithTheProvincialCommitteesApproval() {
            var voted = accepted(introduced.voteOnAdmission(aVote(), VOTED_ON, true, VOTED_ON.minusYears(65), RULES));

            assertThat(voted.provincialApproval()).isTrue();
        }

        @Test
        void acceptsACertificateOnItsLastValidDayAndRefusesItTheDayAfter() {
            Candidate oldCertificate = then(introduced, introduced.recordCertificate("GCN-2019", VOTED_ON.minusMonths(60)));
            Candidate expired = then(introduced, introduced.recordCertificate("GCN-2019", VOTED_ON.minusMonths(60).minusDays(1)));

            accepted(oldCertificate.voteOnAdmission(aVote(), VOTED_ON, false, BORN, RULES));
            var violation = refused(expired.voteOnAdmission(aVote(), VOTED_ON, false, BORN, RULES), RuleCode.CERTIFICATE_EXPIRED);
            assertThat(violation.values()).containsEntry("validityMonths", "60");
        }

        @Test
        void acceptsTwoThirdsOfAllOfficialMembersAndRefusesOneVoteFewer() {
            accepted(introduced.voteOnAdmission(new BranchVote(15, 12, 10, 2), VOTED_ON, false, BORN, RULES));
            var violation = refused(introduced.voteOnAdmission(new BranchVote(15, 12, 9, 3), VOTED_ON, false, BORN, RULES),
                    RuleCode.VOTE_THRESHOLD);

            assertThat(violation.values()).containsEntry("votesRequired", "10");
        }

        @Test
        void refusesVoteCountsThatCannotBeTrue() {
            refused(introduced.voteOnAdmission(new BranchVote(15, 16, 14, 0), VOTED_ON, false, BORN, RULES),
                    RuleCode.VOTE_COUNTS_INCONSISTENT);
        }

        @Test
        void acceptsADossierConsideredTwelveMonthsAfterTheIntroductionsAndRecordsAFindingADayLater() {
            LocalDate freshThrough = INTRODUCED_ON.plusMonths(12);
            Candidate renewed = then(introduced, introduced.recordCertificate("GCN-2025", freshThrough));

            assertThat(accepted(renewed.voteOnAdmission(aVote(), freshThrough, false, BORN, RULES)).findings()).isEmpty();
            var finding = recordedWithFinding(renewed.voteOnAdmission(aVote(), freshThrough.plusDays(1), false, BORN, RULES),
                    RuleCode.STALE_DOSSIER);

            assertThat(finding.values()).containsEntry("freshThrough", freshThrough.toString());
        }

        @Test
        void refusesAStaleDossierWhereTheCommitteeSaysSo() {
            PipelineRules strict = new PipelineRules(defaultSettings(), CALENDAR,
                    RuleEnforcement.of(Map.of(RuleCode.STALE_DOSSIER, Enforcement.REFUSE)));
            LocalDate late = INTRODUCED_ON.plusMonths(12).plusDays(1);
            Candidate renewed = then(introduced, introduced.recordCertificate("GCN-2025", late));

            refused(renewed.voteOnAdmission(aVote(), late, false, BORN, strict), RuleCode.STALE_DOSSIER);
        }

        @Test
        void stillRefusesAVoteBelowTwoThirdsWhenTheDossierIsAlsoStale() {
            LocalDate late = INTRODUCED_ON.plusMonths(13);
            Candidate renewed = then(introduced, introduced.recordCertificate("GCN-2025", late));

            var outcome = renewed.voteOnAdmission(new BranchVote(15, 12, 9, 3), late, false, BORN, RULES);

            refused(outcome, RuleCode.VOTE_THRESHOLD);
            assertThat(((Outcome.Refused<?>) outcome).violations()).extracting(RuleViolation::code)
                    .doesNotContain(RuleCode.STALE_DOSSIER);
        }

        @Test
        void redoneIntroductionsMakeAStaleDossierFreshAgain() {
            LocalDate late = INTRODUCED_ON.plusMonths(13);
            Candidate redone = then(introduced, introduced.introduce(IntroductionRoute.MEMBER_AND_YOUTH_UNION_COMMITTEE,
                    List.of(official("M-001")), late, BORN, RULES));

            accepted(redone.voteOnAdmission(aVote(), late, false, BORN, RULES));
        }

        @Test
        void refusesSchoolingBelowLowerSecondaryUnlessTheBranchIsInAnExceptionArea() {
            Candidate primaryOnly = then(introduced, introduced.updateAttributes(INTRODUCED_ON, schooling("7/12")));
            PipelineRules hills = new PipelineRules(defaultSettings(),
                    new SchoolingMinimum(9, 5, false, Set.of(BRANCH.value())), CALENDAR, RuleEnforcement.defaults());

            refused(primaryOnly.voteOnAdmission(aVote(), VOTED_ON, false, BORN, RULES), RuleCode.SCHOOLING_BELOW_MINIMUM);
            assertThat(accepted(primaryOnly.voteOnAdmission(aVote(), VOTED_ON, false, BORN, hills)).findings()).isEmpty();
        }

        @Test
        void recordsAVoteOnADossierWithoutSchoolingWithAFindingThatAsksForIt() {
            Candidate unrecorded = then(introduced, introduced.updateAttributes(INTRODUCED_ON, schooling("")));

            var finding = recordedWithFinding(unrecorded.voteOnAdmission(aVote(), VOTED_ON, false, BORN, RULES),
                    RuleCode.SCHOOLING_NOT_RECORDED);

            assertThat(finding.values()).containsEntry("minimumGrades", "9");
        }

        @Test
        void reportsEveryRuleBrokenAtOnce() {
            var outcome = introduced.voteOnAdmission(new BranchVote(15, 12, 2, 10), VOTED_ON, false,
                    VOTED_ON.minusYears(17), RULES);

            refused(outcome, RuleCode.AGE_RANGE);
            refused(outcome, RuleCode.VOTE_THRESHOLD);
        }
    }

    private static ReportingAttributes schooling(String typed) {
        return new ReportingAttributes(Gender.FEMALE, BORN.getYear(), false, false, true, true, typed, "university",
                "public servant");
    }

    @Nested
    class AdmissionDecisionAndCeremony {

        private final Candidate proposed = at(Stage.PROPOSED);
        private final LocalDate decisionDue = CALENDAR.addWorkingDays(VOTED_ON, 60);

        @Test
        void acceptsTheDecisionOnItsSixtiethWorkingDayAndRecordsItTheDayAfterWithAFinding() {
            assertThat(accepted(proposed.decideAdmission(anAdmissionDecision(decisionDue, false), RULES)).findings())
                    .isEmpty();
            LocalDate late = CALENDAR.addWorkingDays(decisionDue, 1);
            var finding = recordedWithFinding(proposed.decideAdmission(anAdmissionDecision(late, false), RULES),
                    RuleCode.DECISION_DEADLINE);

            assertThat(finding.values()).containsEntry("dueBy", decisionDue.toString());
            assertThat(finding.workingDaysLate()).isEqualTo(1);
        }

        @Test
        void refusesALateDecisionWhereTheCommitteeSaysSo() {
            PipelineRules strict = new PipelineRules(defaultSettings(), CALENDAR,
                    RuleEnforcement.of(Map.of(RuleCode.DECISION_DEADLINE, Enforcement.REFUSE)));

            refused(proposed.decideAdmission(anAdmissionDecision(decisionDue.plusDays(1), false), strict),
                    RuleCode.DECISION_DEADLINE);
        }

        @Test
        void acceptsALateDecisionWithinTheExtensionAndRecordsOnePastItWithAFinding() {
            LocalDate extendedDue = CALENDAR.addWorkingDays(VOTED_ON, 90);

            assertThat(accepted(proposed.decideAdmission(anAdmissionDecision(extendedDue, true), RULES)).findings())
                    .isEmpty();
            var finding = recordedWithFinding(proposed.decideAdmission(
                    anAdmissionDecision(CALENDAR.addWorkingDays(extendedDue, 12), true), RULES), RuleCode.DECISION_DEADLINE);

            assertThat(finding.workingDaysLate()).isEqualTo(12);
            assertThat(finding.values()).containsEntry("extended", "true");
        }

        @Test
        void acceptsTheCeremonyOnItsThirtiethWorkingDayAndRecordsItTheDayAfterWithAFinding() {
            Candidate decided = at(Stage.ADMISSION_DECIDED);
            LocalDate ceremonyDue = CALENDAR.addWorkingDays(DECIDED_ON, 30);

            var admitted = accepted(decided.admit(aCeremony(ceremonyDue), RULES));
            assertThat(admitted.occurredOn()).isEqualTo(ceremonyDue);
            assertThat(admitted.findings()).isEmpty();
            recordedWithFinding(decided.admit(aCeremony(ceremonyDue.plusDays(1)), RULES), RuleCode.CEREMONY_DEADLINE);
        }

        @Test
        void carriesTheAgeInWholeYearsOnTheDayOfTheCeremonyAndNotTheDateOfBirth() {
            Candidate decided = at(Stage.ADMISSION_DECIDED);
            LocalDate bornOn = ADMITTED_ON.minusYears(24);

            var onTheBirthday = accepted(decided.admit(aCeremony(ADMITTED_ON), bornOn, RULES));
            var theDayBefore = accepted(decided.admit(aCeremony(ADMITTED_ON), bornOn.plusDays(1), RULES));
            var unknown = accepted(decided.admit(aCeremony(ADMITTED_ON), null, RULES));

            assertThat(onTheBirthday.ageAtAdmission()).isEqualTo(24);
            assertThat(theDayBefore.ageAtAdmission()).isEqualTo(23);
            assertThat(unknown.ageAtAdmission()).isNull();
            assertThat(onTheBirthday.toString()).doesNotContain(bornOn.toString());
        }

        @Test
        void carriesTheAttributesAsTheyStoodOnTheDayOfTheCeremony() {
            Candidate decided = at(Stage.ADMISSION_DECIDED);
            var joinedTheTradeUnion = new ReportingAttributes(Gender.FEMALE, null, false, false, true, true, "12/12",
                    "Thạc sĩ", "Giáo viên");
            var leftIt = new ReportingAttributes(Gender.FEMALE, null, false, false, true, false, "12/12", "Thạc sĩ",
                    "Giáo viên");
            var before = accepted(decided.updateAttributes(DECIDED_ON.plusDays(1), joinedTheTradeUnion));

            var admitted = accepted(decided.apply(before, null).admit(aCeremony(ADMITTED_ON), RULES));
            Candidate member = decided.apply(before, null).apply(admitted, null);
            var after = accepted(member.updateAttributes(ADMITTED_ON.plusDays(1), leftIt));

            assertThat(before.attributes().birthYear()).as("the person's, kept").isEqualTo(BORN.getYear());
            assertThat(admitted.attributes().tradeUnionMember()).isTrue();
            assertThat(admitted.attributes().profession()).isEqualTo(ProfessionalLevel.MASTER);
            assertThat(member.apply(after, null).attributes().tradeUnionMember()).isFalse();
            assertThat(member.apply(after, null).events()).contains(admitted);
            refused(member.updateAttributes(ADMITTED_ON.minusDays(1), leftIt), RuleCode.STEP_OUT_OF_ORDER);
        }

        @Test
        void refusesACeremonyNamingAnotherDecision() {
            var other = new AdmissionDecision(COMMITTEE, "999-QĐ/ĐUK", DECIDED_ON, ADMITTED_ON, false);

            var violation = refused(at(Stage.ADMISSION_DECIDED).admit(other, RULES), RuleCode.DECISION_MISMATCH);
            assertThat(violation.values()).containsEntry("recordedDecisionNumber", "125-QĐ/ĐUK");
        }

        @Test
        void recordsTheDecisionWithTheCeremonyWhenItWasNotRecordedBefore() {
            var events = accepted(proposed.decideAndAdmit(aCeremony(ADMITTED_ON), false, RULES));

            assertThat(events).extracting(event -> event.getClass().getSimpleName())
                    .containsExactly("AdmissionDecided", "CandidateAdmitted");
        }

        @Test
        void recordsBothWhenTheCeremonyIsLateTheFindingOnTheCeremony() {
            LocalDate late = CALENDAR.addWorkingDays(DECIDED_ON, 31);

            var events = accepted(proposed.decideAndAdmit(aCeremony(late), false, RULES));

            assertThat(events.get(0).findings()).isEmpty();
            assertThat(events.get(1).findings()).extracting(Finding::code).containsExactly(RuleCode.CEREMONY_DEADLINE);
            assertThat(events.get(1).findings().getFirst().workingDaysLate()).isEqualTo(1);
        }

        @Test
        void recordsNeitherWhenTheCeremonyIsLateAndTheCommitteeRefusesLateCeremonies() {
            PipelineRules strict = new PipelineRules(defaultSettings(), CALENDAR,
                    RuleEnforcement.of(Map.of(RuleCode.CEREMONY_DEADLINE, Enforcement.REFUSE)));
            LocalDate late = CALENDAR.addWorkingDays(DECIDED_ON, 31);

            refused(proposed.decideAndAdmit(aCeremony(late), false, strict), RuleCode.CEREMONY_DEADLINE);
        }
    }

    @Nested
    class Recognition {

        private final Candidate trained = at(Stage.NEW_MEMBER_CLASS_COMPLETED);
        private final LocalDate probationEnds = ADMITTED_ON.plusMonths(12);

        @Test
        void refusesTheRecognitionVoteTheDayBeforeProbationEnds() {
            refused(trained.voteOnRecognition(aVote(), probationEnds.minusDays(1), RULES), RuleCode.PROBATION_NOT_COMPLETED);
        }

        @Test
        void acceptsTheRecognitionVoteUpToThirtyWorkingDaysAfterProbationAndRecordsItLaterWithAFinding() {
            LocalDate due = CALENDAR.addWorkingDays(probationEnds, 30);

            accepted(trained.voteOnRecognition(aVote(), probationEnds, RULES));
            assertThat(accepted(trained.voteOnRecognition(aVote(), due, RULES)).findings()).isEmpty();
            recordedWithFinding(trained.voteOnRecognition(aVote(), due.plusDays(1), RULES),
                    RuleCode.RECOGNITION_CONSIDERATION_DEADLINE);
        }

        @Test
        void recordsARecognitionVoteBeforeTheNewMemberClassWithTheReasonAsAFinding() {
            Candidate probationary = at(Stage.PROBATIONARY_MEMBER);

            var finding = recordedWithFinding(probationary.voteOnRecognition(aVote(), RECOGNITION_VOTED_ON,
                    "Đi công tác biên giới suốt thời gian mở lớp", RULES), RuleCode.NEW_MEMBER_CLASS_NOT_ATTENDED);

            assertThat(finding.message().vi()).contains("Đi công tác biên giới suốt thời gian mở lớp");
            assertThat(finding.values()).isEmpty();
            refused(probationary.voteOnRecognition(aVote(), RECOGNITION_VOTED_ON, "  ", RULES), RuleCode.STEP_NOT_ALLOWED);
        }

        @Test
        void refusesARecognitionVoteBeforeTheNewMemberClassWhereTheCommitteeSaysSo() {
            PipelineRules strict = new PipelineRules(defaultSettings(), CALENDAR,
                    RuleEnforcement.of(Map.of(RuleCode.NEW_MEMBER_CLASS_NOT_ATTENDED, Enforcement.REFUSE)));

            refused(at(Stage.PROBATIONARY_MEMBER).voteOnRecognition(aVote(), RECOGNITION_VOTED_ON, "Ốm dài ngày",
                    strict), RuleCode.NEW_MEMBER_CLASS_NOT_ATTENDED);
        }

        @Test
        void refusesRecognitionWithoutTwoThirdsFor() {
            refused(trained.voteOnRecognition(new BranchVote(15, 10, 9, 1), RECOGNITION_VOTED_ON, RULES),
                    RuleCode.VOTE_THRESHOLD);
        }

        @Test
        void acceptsTheRecognitionDecisionWithinThirtyWorkingDaysOrSixtyWhenExtendedAndRecordsItLaterWithAFinding() {
            Candidate voted = at(Stage.RECOGNITION_VOTED);
            LocalDate due = CALENDAR.addWorkingDays(RECOGNITION_VOTED_ON, 30);
            LocalDate extendedDue = CALENDAR.addWorkingDays(RECOGNITION_VOTED_ON, 60);

            assertThat(accepted(voted.recognise(aRecognitionDecision(due, false), RULES)).findings()).isEmpty();
            recordedWithFinding(voted.recognise(aRecognitionDecision(due.plusDays(1), false), RULES),
                    RuleCode.RECOGNITION_DECISION_DEADLINE);
            assertThat(accepted(voted.recognise(aRecognitionDecision(extendedDue, true), RULES)).findings()).isEmpty();
            recordedWithFinding(voted.recognise(aRecognitionDecision(extendedDue.plusDays(1), true), RULES),
                    RuleCode.RECOGNITION_DECISION_DEADLINE);
        }
    }

    @Nested
    class Exits {

        @Test
        void aSourceMayBeWithdrawnButNotRefusedRecognition() {
            var exited = accepted(aSource().exit(ExitReason.WITHDRAWN_FROM_SOURCES, LISTED, null));

            assertThat(exited.stageAtExit()).isEqualTo(Stage.SOURCE);
            refused(aSource().exit(ExitReason.NOT_RECOGNISED, LISTED, null), RuleCode.STEP_NOT_ALLOWED);
        }

        @Test
        void aProbationaryMemberMayBeNotRecognised() {
            Candidate probationary = at(Stage.PROBATIONARY_MEMBER);

            Candidate removed = then(probationary, probationary.exit(ExitReason.NOT_RECOGNISED, ADMITTED_ON.plusMonths(13), null));

            assertThat(removed.stage()).isEqualTo(Stage.EXITED);
            assertThat(removed.stage().isActive()).isFalse();
        }

        @Test
        void aCandidateMayMoveToAnotherUnitAtAnyStepBeforeRecognition() {
            var moved = accepted(at(Stage.BRANCH_VOTED).exit(ExitReason.MOVED_TO_ANOTHER_UNIT, VOTED_ON,
                    new UnitCode("DUK-02")));

            assertThat(moved.movedTo()).isEqualTo(new UnitCode("DUK-02"));
            refused(at(Stage.OFFICIAL_MEMBER).exit(ExitReason.MOVED_TO_ANOTHER_UNIT, LocalDate.of(2025, 7, 1), null),
                    RuleCode.STEP_NOT_ALLOWED);
        }
    }

    @Test
    void milestonesFollowTheLog() {
        var milestones = at(Stage.ADMISSION_DECIDED).milestones();

        assertThat(milestones.branchResolutionOn()).isEqualTo(VOTED_ON);
        assertThat(milestones.decidedOn()).isEqualTo(DECIDED_ON);
        assertThat(milestones.dossierPreparedOn()).isEqualTo(INTRODUCED_ON);
        assertThat(milestones.admittedOn()).isNull();
    }

    @Test
    void aRecognitionDecisionTakenUnderTheExtensionShowsTheExtendedDeadlineInTheMilestones() {
        Candidate voted = at(Stage.RECOGNITION_VOTED);
        LocalDate extendedDue = CALENDAR.addWorkingDays(RECOGNITION_VOTED_ON, 60);

        var milestones = then(voted, voted.recognise(aRecognitionDecision(extendedDue, true), RULES)).milestones();

        assertThat(milestones.recognitionDecisionExtended()).isTrue();
        assertThat(RULES.timeLimits.recognitionDecisionDueBy(milestones.recognitionResolutionOn(),
                milestones.recognitionDecisionExtended())).isEqualTo(extendedDue);
        assertThat(at(Stage.OFFICIAL_MEMBER).milestones().recognitionDecisionExtended()).isFalse();
    }
}
