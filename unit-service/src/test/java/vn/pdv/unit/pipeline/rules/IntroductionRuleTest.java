package vn.pdv.unit.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.pipeline.rules.IntroducerFixture.INTRODUCED_ON;
import static vn.pdv.unit.pipeline.rules.IntroducerFixture.aProbationaryMember;
import static vn.pdv.unit.pipeline.rules.IntroducerFixture.anOfficialMember;
import static vn.pdv.unit.pipeline.rules.IntroducerFixture.anOfficialMemberKnowingTheCandidateSince;
import static vn.pdv.unit.pipeline.rules.IntroducerFixture.bornToBe;
import static vn.pdv.unit.pipeline.rules.RuleSettingsFixture.defaultSettings;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

class IntroductionRuleTest {

    private final IntroductionRule rule = new IntroductionRule(defaultSettings());

    @Test
    void acceptsTwoOfficialMembersForACandidateOverYouthAge() {
        Introduction two = new Introduction.TwoOfficialMembers(anOfficialMember("dv-1"), anOfficialMember("dv-2"));

        assertThat(rule.check(two, bornToBe(35), CandidateUnions.tradeUnion(), INTRODUCED_ON).isSatisfied()).isTrue();
    }

    @Test
    void acceptsTheYouthUnionRouteForAYouthUnionMemberOfYouthAge() {
        Introduction youth = new Introduction.MemberAndYouthUnionCommittee(anOfficialMember("dv-1"));

        assertThat(rule.check(youth, bornToBe(22), CandidateUnions.youthUnion(), INTRODUCED_ON).isSatisfied()).isTrue();
    }

    @Test
    void requiresTheYouthUnionRouteForAYouthUnionMemberOfYouthAge() {
        Introduction two = new Introduction.TwoOfficialMembers(anOfficialMember("dv-1"), anOfficialMember("dv-2"));

        RuleCheck check = rule.check(two, bornToBe(30), CandidateUnions.youthUnion(), INTRODUCED_ON);

        assertThat(check.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(RuleCode.INTRODUCTION_ROUTE);
            assertThat(violation.values()).containsEntry("ageInYears", "30").containsEntry("route", "TWO_OFFICIAL_MEMBERS");
            assertThat(violation.fix().vi()).contains("Ban Chấp hành Đoàn cơ sở");
        });
    }

    @Test
    void youthAgeEndsAfterTheThirtiethYear() {
        Introduction two = new Introduction.TwoOfficialMembers(anOfficialMember("dv-1"), anOfficialMember("dv-2"));

        assertThat(rule.check(two, bornToBe(31), CandidateUnions.youthUnion(), INTRODUCED_ON).isSatisfied()).isTrue();
        assertThat(rule.check(two, bornToBe(31).plusDays(1), CandidateUnions.youthUnion(), INTRODUCED_ON).isSatisfied()).isFalse();
    }

    @Test
    void theYouthAgeLimitIsASetting() {
        IntroductionRule upTo28 = new IntroductionRule(defaultSettings().withYouthAgeMaximumYears(28));
        Introduction two = new Introduction.TwoOfficialMembers(anOfficialMember("dv-1"), anOfficialMember("dv-2"));

        assertThat(upTo28.check(two, bornToBe(29), CandidateUnions.youthUnion(), INTRODUCED_ON).isSatisfied()).isTrue();
        assertThat(upTo28.check(two, bornToBe(28), CandidateUnions.youthUnion(), INTRODUCED_ON).isSatisfied()).isFalse();
    }

    @Test
    void refusesACandidateOfYouthAgeWhoIsNotAYouthUnionMember() {
        Introduction two = new Introduction.TwoOfficialMembers(anOfficialMember("dv-1"), anOfficialMember("dv-2"));

        assertThat(rule.check(two, bornToBe(25), CandidateUnions.none(), INTRODUCED_ON).violations())
                .extracting(RuleViolation::code).containsExactly(RuleCode.YOUTH_UNION_MEMBERSHIP);
    }

    @Test
    void acceptsTheTradeUnionRouteForATradeUnionMemberOverYouthAge() {
        Introduction trade = new Introduction.MemberAndTradeUnionCommittee(anOfficialMember("dv-1"));

        assertThat(rule.check(trade, bornToBe(40), CandidateUnions.tradeUnion(), INTRODUCED_ON).isSatisfied()).isTrue();
    }

    @Test
    void refusesTheTradeUnionRouteForANonMemberOrAYouthAgeCandidate() {
        Introduction trade = new Introduction.MemberAndTradeUnionCommittee(anOfficialMember("dv-1"));

        assertThat(rule.check(trade, bornToBe(40), CandidateUnions.none(), INTRODUCED_ON).violations())
                .extracting(RuleViolation::code).containsExactly(RuleCode.INTRODUCTION_ROUTE);
        assertThat(rule.check(trade, bornToBe(25), new CandidateUnions(true, true), INTRODUCED_ON).violations())
                .extracting(RuleViolation::code).containsExactly(RuleCode.INTRODUCTION_ROUTE);
    }

    @Test
    void refusesAProbationaryIntroducer() {
        Introduction two = new Introduction.TwoOfficialMembers(anOfficialMember("dv-1"), aProbationaryMember("dv-2"));

        RuleCheck check = rule.check(two, bornToBe(35), CandidateUnions.none(), INTRODUCED_ON);

        assertThat(check.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(RuleCode.INTRODUCER_NOT_OFFICIAL);
            assertThat(violation.values()).containsEntry("introducer", "dv-2").containsEntry("standing", "PROBATIONARY");
        });
    }

    @Test
    void acceptsAnIntroducerOfExactlyTwelveMonthsAndRefusesOneDayLess() {
        Introducer twelveMonths = anOfficialMemberKnowingTheCandidateSince("dv-2", LocalDate.of(2025, 3, 10));
        Introducer oneDayShort = anOfficialMemberKnowingTheCandidateSince("dv-2", LocalDate.of(2025, 3, 11));

        assertThat(rule.check(new Introduction.MemberAndYouthUnionCommittee(twelveMonths), bornToBe(20),
                CandidateUnions.youthUnion(), INTRODUCED_ON).isSatisfied()).isTrue();
        RuleCheck refused = rule.check(new Introduction.MemberAndYouthUnionCommittee(oneDayShort), bornToBe(20),
                CandidateUnions.youthUnion(), INTRODUCED_ON);
        assertThat(refused.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(RuleCode.INTRODUCER_ACQUAINTANCE);
            assertThat(violation.values()).containsEntry("monthsTogether", "11").containsEntry("earliestOn", "2026-03-11");
        });
    }

    @Test
    void refusesTheSameMemberIntroducingTwice() {
        Introduction same = new Introduction.TwoOfficialMembers(anOfficialMember("dv-1"), anOfficialMember("dv-1"));

        assertThat(rule.check(same, bornToBe(35), CandidateUnions.none(), INTRODUCED_ON).violations())
                .extracting(RuleViolation::code).containsExactly(RuleCode.INTRODUCERS_NOT_DISTINCT);
    }

    @Test
    void reportsEveryBrokenConditionAtOnce() {
        Introduction two = new Introduction.TwoOfficialMembers(
                aProbationaryMember("dv-1"),
                anOfficialMemberKnowingTheCandidateSince("dv-2", INTRODUCED_ON.minusMonths(2)));

        assertThat(rule.check(two, bornToBe(24), CandidateUnions.youthUnion(), INTRODUCED_ON).violations())
                .extracting(RuleViolation::code)
                .containsExactly(RuleCode.INTRODUCTION_ROUTE, RuleCode.INTRODUCER_NOT_OFFICIAL, RuleCode.INTRODUCER_ACQUAINTANCE);
    }
}
