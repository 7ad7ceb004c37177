package vn.pdv.unit.pipeline.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

/**
 * Checks who introduces a candidate. Every introducing member must be official (not probationary) and have worked or
 * lived with the candidate for {@code introducerAcquaintance} on the day of the introduction. A candidate of youth age
 * must be a youth-union member and be introduced by the youth-union route; the youth-union and trade-union routes need
 * the candidate to belong to that union.
 *
 * <p>Limits: the caller states each introducer's standing and acquaintance date; this rule does not look members up.
 * The exceptions for places with no youth-union organisation are not modelled: such a candidate is refused and needs a
 * committee's decision outside this rule.
 */
public final class IntroductionRule {

    private final RuleSettings settings;

    public IntroductionRule(RuleSettings settings) {
        this.settings = settings;
    }

    public RuleCheck check(Introduction introduction, LocalDate candidateBornOn, CandidateUnions unions, LocalDate introducedOn) {
        List<RuleCheck> checks = new ArrayList<>();
        checks.add(route(introduction, candidateBornOn, unions, introducedOn));
        if (introduction instanceof Introduction.TwoOfficialMembers two
                && two.first().member().equals(two.second().member())) {
            checks.add(RuleCheck.violated(new RuleViolation(RuleCode.INTRODUCERS_NOT_DISTINCT,
                    Facts.values("introducer", two.first().member()),
                    Bilingual.of("Hai người giới thiệu là cùng một đảng viên (" + two.first().member() + ").",
                            "Both introductions come from the same member (" + two.first().member() + ")."),
                    Bilingual.of("Cần một đảng viên chính thức khác giới thiệu.",
                            "Have a second, different official member introduce the candidate."))));
        }
        for (Introducer introducer : introduction.introducers()) {
            checks.add(standing(introducer, introducedOn));
            checks.add(acquaintance(introducer, introducedOn));
        }
        return RuleCheck.allOf(checks);
    }

    private RuleCheck route(Introduction introduction, LocalDate bornOn, CandidateUnions unions, LocalDate on) {
        Months age = Months.completedBetween(bornOn, on);
        boolean youthAge = settings.isYouthAge(age);
        if (youthAge && !unions.youthUnionMember()) {
            return RuleCheck.violated(new RuleViolation(RuleCode.YOUTH_UNION_MEMBERSHIP,
                    Facts.values("ageInYears", age.years(), "youthAgeMaximumYears", settings.youthAgeMaximumYears(),
                            "youthUnionMember", false),
                    Bilingual.of("Người vào Đảng " + age.years() + " tuổi, trong độ tuổi thanh niên, nhưng chưa là đoàn viên Đoàn TNCS Hồ Chí Minh.",
                            "The candidate is " + age.years() + ", of youth age, but not a member of the Ho Chi Minh Communist Youth Union."),
                    Bilingual.of("Người vào Đảng phải là đoàn viên và được Ban Chấp hành Đoàn cơ sở cùng một đảng viên chính thức giới thiệu.",
                            "The candidate must join the youth union and be introduced by its grassroots committee and one official member.")));
        }
        return switch (introduction) {
            case Introduction.TwoOfficialMembers two when youthAge -> RuleCheck.violated(new RuleViolation(
                    RuleCode.INTRODUCTION_ROUTE,
                    Facts.values("route", "TWO_OFFICIAL_MEMBERS", "ageInYears", age.years(),
                            "youthAgeMaximumYears", settings.youthAgeMaximumYears(), "youthUnionMember", true),
                    Bilingual.of("Người vào Đảng trong độ tuổi thanh niên (" + age.years() + " tuổi) là đoàn viên phải được Ban Chấp hành Đoàn cơ sở giới thiệu, không theo hình thức hai đảng viên.",
                            "A youth-union member of youth age (" + age.years() + ") must be introduced by the youth-union route, not by two members."),
                    Bilingual.of("Thay một người giới thiệu bằng nghị quyết giới thiệu của Ban Chấp hành Đoàn cơ sở.",
                            "Replace one introducer with the grassroots youth-union committee's introduction.")));
            case Introduction.TwoOfficialMembers two -> RuleCheck.satisfied();
            case Introduction.MemberAndYouthUnionCommittee youth -> RuleCheck.satisfied();
            case Introduction.MemberAndTradeUnionCommittee trade when youthAge -> RuleCheck.violated(new RuleViolation(
                    RuleCode.INTRODUCTION_ROUTE,
                    Facts.values("route", "MEMBER_AND_TRADE_UNION_COMMITTEE", "ageInYears", age.years(),
                            "youthAgeMaximumYears", settings.youthAgeMaximumYears()),
                    Bilingual.of("Người vào Đảng trong độ tuổi thanh niên (" + age.years() + " tuổi) phải được Ban Chấp hành Đoàn cơ sở giới thiệu, không phải Công đoàn.",
                            "A candidate of youth age (" + age.years() + ") must be introduced by the youth-union committee, not the trade union."),
                    Bilingual.of("Lấy nghị quyết giới thiệu của Ban Chấp hành Đoàn cơ sở thay cho Công đoàn.",
                            "Obtain the grassroots youth-union committee's introduction instead.")));
            case Introduction.MemberAndTradeUnionCommittee trade when !unions.tradeUnionMember() -> RuleCheck.violated(
                    new RuleViolation(RuleCode.INTRODUCTION_ROUTE,
                            Facts.values("route", "MEMBER_AND_TRADE_UNION_COMMITTEE", "tradeUnionMember", false),
                            Bilingual.of("Người vào Đảng không phải đoàn viên Công đoàn nên Ban Chấp hành Công đoàn cơ sở không thể giới thiệu.",
                                    "The candidate is not a trade-union member, so the trade-union committee cannot introduce them."),
                            Bilingual.of("Để hai đảng viên chính thức giới thiệu.",
                                    "Have two official members introduce the candidate.")));
            case Introduction.MemberAndTradeUnionCommittee trade -> RuleCheck.satisfied();
        };
    }

    private RuleCheck standing(Introducer introducer, LocalDate on) {
        if (introducer.standing() == PartyStanding.OFFICIAL) {
            return RuleCheck.satisfied();
        }
        return RuleCheck.violated(new RuleViolation(RuleCode.INTRODUCER_NOT_OFFICIAL,
                Facts.values("introducer", introducer.member(), "standing", introducer.standing(), "introducedOn", on),
                Bilingual.of("Người giới thiệu " + introducer.member() + " là đảng viên dự bị; người giới thiệu phải là đảng viên chính thức.",
                        "Introducer " + introducer.member() + " is a probationary member; introducers must be official members."),
                Bilingual.of("Chọn một đảng viên chính thức khác làm người giới thiệu.",
                        "Choose an official member as introducer instead.")));
    }

    private RuleCheck acquaintance(Introducer introducer, LocalDate on) {
        Months required = settings.introducerAcquaintance();
        Months known = Months.completedBetween(introducer.withCandidateSince(), on);
        if (known.compareTo(required) >= 0) {
            return RuleCheck.satisfied();
        }
        LocalDate earliest = required.after(introducer.withCandidateSince());
        return RuleCheck.violated(new RuleViolation(RuleCode.INTRODUCER_ACQUAINTANCE,
                Facts.values("introducer", introducer.member(), "withCandidateSince", introducer.withCandidateSince(),
                        "introducedOn", on, "monthsTogether", known.value(), "requiredMonths", required.value(),
                        "earliestOn", earliest),
                Bilingual.of("Người giới thiệu " + introducer.member() + " mới cùng công tác, sinh sống với người vào Đảng "
                                + known.value() + " tháng, chưa đủ " + required.value() + " tháng.",
                        "Introducer " + introducer.member() + " has worked or lived with the candidate for " + known.value()
                                + " months, less than " + required.value() + "."),
                Bilingual.of("Giới thiệu từ ngày " + Facts.vi(earliest) + " trở đi, hoặc chọn đảng viên chính thức khác đủ thời gian.",
                        "Introduce on or after " + Facts.en(earliest) + ", or choose an official member who has known the candidate long enough.")));
    }
}
