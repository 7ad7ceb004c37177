package vn.pdv.dataset.pipeline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.pdv.dataset.organisation.Branch;
import vn.pdv.dataset.organisation.Province;
import vn.pdv.dataset.organisation.UnitCode;
import vn.pdv.dataset.pipeline.Contract.ExitReason;
import vn.pdv.dataset.pipeline.Contract.IntroducingOrganisation;
import vn.pdv.dataset.pipeline.Contract.IntroductionRoute;
import vn.pdv.dataset.pipeline.Contract.Stage;
import vn.pdv.dataset.pipeline.Step.AdmissionDecided;
import vn.pdv.dataset.pipeline.Step.AdmissionProposed;
import vn.pdv.dataset.pipeline.Step.AdmissionVoted;
import vn.pdv.dataset.pipeline.Step.AwarenessCertificateIssued;
import vn.pdv.dataset.pipeline.Step.BackgroundVerified;
import vn.pdv.dataset.pipeline.Step.CandidateAdmitted;
import vn.pdv.dataset.pipeline.Step.CandidateExited;
import vn.pdv.dataset.pipeline.Step.CandidateIntroduced;
import vn.pdv.dataset.pipeline.Step.CandidateRecognised;
import vn.pdv.dataset.pipeline.Step.NewMemberClassCompleted;
import vn.pdv.dataset.pipeline.Step.RecognitionVoted;
import vn.pdv.dataset.pipeline.Step.SourceCreated;
import vn.pdv.dataset.pipeline.Step.SympathiserAdded;
import vn.pdv.dataset.pipeline.Step.SympathiserRemoved;

/**
 * Draws a candidate's whole way through the pipeline at once, from the day they are identified as a source: every
 * step in the order the rules allow, each dated on or after the one before and within the rules' deadlines (decision
 * within 60 working days of the branch's vote, ceremony within 30 of the decision, recognition considered within 30
 * after the twelve months' probation, …), and where they leave, if they do. About four sources in ten are
 * admitted; one in ten stays a source for one to three years without moving on, until a review takes them off.
 *
 * <p>Dates run on past the data set's end; whoever writes the logs stops there.
 */
public final class Careers {

    /** Days ceremonies are held on when one falls in time, and how often: 3 February above all. */
    private static final Map<MonthDay, Double> OCCASIONS = Map.of(MonthDay.of(2, 3), 0.85, MonthDay.of(5, 19), 0.3,
            MonthDay.of(9, 2), 0.3);

    private final Province province;
    private final SplittableRandom random;
    private final double ethnicMinorityShare;
    private final Map<UnitCode, Integer> decisions = new HashMap<>();
    private int certificates;

    public Careers(Province province, SplittableRandom random) {
        this.province = province;
        this.random = random;
        this.ethnicMinorityShare = 0.03 + random.nextDouble() * 0.3;
    }

    public List<Step> of(CandidateId id, Branch branch, LocalDate identifiedOn) {
        Attributes who = person(branch, identifiedOn);
        Career career = new Career(id, branch, who);
        career.steps.add(new SourceCreated(id, branch.code(), introducer(branch, who), identifiedOn, who));
        career.walk(identifiedOn);
        return career.steps;
    }

    /** One candidate's steps as they are drawn; each stage either moves on or ends the walk. */
    private final class Career {

        final CandidateId id;
        final Branch branch;
        final UnitCode at;
        final Attributes who;
        final List<Step> steps = new ArrayList<>();

        Career(CandidateId id, Branch branch, Attributes who) {
            this.id = id;
            this.branch = branch;
            this.at = branch.code();
            this.who = who;
        }

        void walk(LocalDate identified) {
            double fate = random.nextDouble();
            if (fate < 0.36) {
                exit(ExitReason.WITHDRAWN_FROM_SOURCES, Stage.SOURCE, Seasons.between(identified, 30, 300, random));
                return;
            }
            if (fate < 0.46) {
                // Stays on the list of sources a long while, then is taken off at a review.
                exit(ExitReason.WITHDRAWN_FROM_SOURCES, Stage.SOURCE, Seasons.between(identified, 365, 1_100, random));
                return;
            }
            if (chance(0.005)) {
                exit(ExitReason.MOVED_TO_ANOTHER_UNIT, Stage.SOURCE, Seasons.between(identified, 10, 200, random));
                return;
            }
            LocalDate added = Seasons.between(identified, 20, 180, random);
            steps.add(new SympathiserAdded(id, at, added, resolution(), who));
            if (chance(0.06)) {
                leaveTheList(Stage.SYMPATHISER, Seasons.between(added, 30, 200, random));
                return;
            }
            LocalDate certified = Seasons.between(added, 15, 150, random);
            steps.add(new AwarenessCertificateIssued(id, at, ++certificates + "/GCN", certified, who));
            if (chance(0.05)) {
                leaveTheList(Stage.CERTIFIED, Seasons.between(certified, 20, 150, random));
                return;
            }
            LocalDate started = Seasons.between(certified, 0, 30, random);
            LocalDate concluded = Seasons.between(started, 20, 90, random);
            steps.add(new BackgroundVerified(id, at, started, concluded));
            if (chance(0.04)) {
                leaveTheList(Stage.VERIFIED, Seasons.between(concluded, 10, 90, random));
                return;
            }
            LocalDate introduced = Seasons.between(concluded, 3, 40, random);
            steps.add(new CandidateIntroduced(id, at, route(introduced), introduced));
            if (chance(0.04)) {
                leaveTheList(Stage.INTRODUCED, Seasons.between(introduced, 10, 90, random));
                return;
            }
            LocalDate voted = Seasons.between(introduced, 7, 60, random);
            steps.add(new AdmissionVoted(id, at, voted, vote()));
            if (chance(0.02)) {
                exit(ExitReason.NOT_ADMITTED, Stage.BRANCH_VOTED, Seasons.between(voted, 5, 40, random));
                return;
            }
            LocalDate proposed = Seasons.between(voted, 2, 15, random);
            UnitCode competent = province.committeeOf(at, proposed);
            steps.add(new AdmissionProposed(id, at, competent, proposed));
            if (chance(0.03)) {
                exit(ExitReason.NOT_ADMITTED, Stage.PROPOSED, Seasons.between(proposed, 20, 60, random));
                return;
            }
            LocalDate decidedOn = Seasons.between(proposed, 10, 60, random);
            Decision decision = decision(province.committeeOf(at, decidedOn), decidedOn);
            steps.add(new AdmissionDecided(id, at, decision));
            if (chance(0.01)) {
                exit(ExitReason.OTHER, Stage.ADMISSION_DECIDED, Seasons.between(decidedOn, 5, 30, random));
                return;
            }
            LocalDate admitted = ceremony(decidedOn);
            steps.add(new CandidateAdmitted(id, at, decision, admitted, chance(0.01), who));
            if (chance(0.015)) {
                exit(ExitReason.NOT_RECOGNISED, Stage.PROBATIONARY_MEMBER, Seasons.between(admitted, 60, 330, random));
                return;
            }
            LocalDate classCompleted = Seasons.between(admitted, 30, 240, random);
            steps.add(new NewMemberClassCompleted(id, at, classCompleted));
            if (chance(0.005)) {
                exit(ExitReason.NOT_RECOGNISED, Stage.NEW_MEMBER_CLASS_COMPLETED,
                        Seasons.between(classCompleted, 30, 90, random));
                return;
            }
            LocalDate recognitionVoted = Seasons.between(admitted.plusMonths(12), 0, 35, random);
            steps.add(new RecognitionVoted(id, at, recognitionVoted, vote()));
            if (chance(0.01)) {
                exit(ExitReason.NOT_RECOGNISED, Stage.RECOGNITION_VOTED, Seasons.between(recognitionVoted, 5, 35, random));
                return;
            }
            LocalDate recognised = Seasons.between(recognitionVoted, 5, 35, random);
            steps.add(new CandidateRecognised(id, at, decision(province.committeeOf(at, recognised), recognised), who));
        }

        /** Off the sympathiser list: usually by the branch's resolution, sometimes as not admitted. */
        void leaveTheList(Stage stage, LocalDate on) {
            if (chance(0.6)) {
                steps.add(new SympathiserRemoved(id, at, on, resolution(), who));
            } else {
                exit(chance(0.8) ? ExitReason.NOT_ADMITTED : ExitReason.OTHER, stage, on);
            }
        }

        void exit(ExitReason reason, Stage stage, LocalDate on) {
            UnitCode movedTo = reason == ExitReason.MOVED_TO_ANOTHER_UNIT
                    ? province.branches().get(random.nextInt(province.branches().size())).code() : null;
            steps.add(new CandidateExited(id, at, reason, stage, on, movedTo, who));
        }

        IntroductionRoute route(LocalDate on) {
            if (who.youthUnionMember() && on.getYear() - who.birthYear() <= 30 && chance(0.8)) {
                return IntroductionRoute.MEMBER_AND_YOUTH_UNION_COMMITTEE;
            }
            if (who.tradeUnionMember() && chance(0.4)) {
                return IntroductionRoute.MEMBER_AND_TRADE_UNION_COMMITTEE;
            }
            return IntroductionRoute.TWO_OFFICIAL_MEMBERS;
        }

        Vote vote() {
            int members = branch.officialMembers();
            int needed = (2 * members + 2) / 3;
            int present = Math.max(needed, members - random.nextInt(members / 6 + 1));
            int votesFor = Math.max(needed, present - random.nextInt(3));
            return new Vote(members, present, votesFor, present - votesFor);
        }

        String resolution() {
            return (1 + random.nextInt(40)) + "-NQ/CB";
        }

        /**
         * Within 30 working days of the decision, often on an occasion when one falls in that time.
         */
        LocalDate ceremony(LocalDate decided) {
            LocalDate earliest = decided.plusDays(3);
            LocalDate latest = decided.plusDays(40);
            for (int year = decided.getYear(); year <= latest.getYear(); year++) {
                for (MonthDay occasion : List.of(MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2))) {
                    LocalDate day = occasion.atYear(year);
                    if (!day.isBefore(earliest) && !day.isAfter(latest) && chance(OCCASIONS.get(occasion))) {
                        return Seasons.workingDay(day).isAfter(latest) ? day.minusDays(2) : Seasons.workingDay(day);
                    }
                }
            }
            return Seasons.between(decided, 3, 40, random);
        }
    }

    private Decision decision(UnitCode committee, LocalDate on) {
        int number = decisions.merge(committee, 1, Integer::sum);
        String suffix = switch (province.kind(committee)) {
            case DISTRICT_COMMITTEE -> on.isBefore(Province.REORGANISATION) ? "HU" : "ĐU";
            case BLOC_COMMITTEE -> "ĐUK";
            default -> "TU";
        };
        return new Decision(committee, number + "-QĐ/" + suffix, on, false);
    }

    private Attributes person(Branch branch, LocalDate identified) {
        boolean youth = chance(0.72);
        int age = youth ? 18 + random.nextInt(13) : 31 + random.nextInt(25);
        boolean agency = branch.massOrganisations();
        return new Attributes(chance(0.47) ? Contract.Gender.FEMALE : Contract.Gender.MALE,
                identified.getYear() - age, chance(ethnicMinorityShare), chance(0.05), youth && chance(0.85),
                chance(agency ? 0.55 : 0.12), chance(0.92) ? "12/12" : "9/12",
                agency ? pick("Đại học", "Đại học", "Đại học", "Cao đẳng", "Trung cấp", "Thạc sĩ")
                        : pick(null, null, null, "Trung cấp", "Cao đẳng", "Đại học"),
                agency ? pick("Viên chức", "Công chức", "Công nhân", "Lực lượng vũ trang")
                        : pick("Nông dân", "Học sinh, sinh viên", "Lao động tự do", "Công nhân"));
    }

    private IntroducingOrganisation introducer(Branch branch, Attributes who) {
        if (branch.massOrganisations()) {
            if (who.youthUnionMember() && chance(0.6)) {
                return IntroducingOrganisation.YOUTH_UNION;
            }
            return who.tradeUnionMember() && chance(0.5) ? IntroducingOrganisation.TRADE_UNION
                    : IntroducingOrganisation.BRANCH;
        }
        int draw = random.nextInt(100);
        if (draw < 25) {
            return IntroducingOrganisation.BRANCH;
        }
        if (draw < 55) {
            return who.youthUnionMember() ? IntroducingOrganisation.YOUTH_UNION : IntroducingOrganisation.BRANCH;
        }
        if (draw < 67) {
            return who.gender() == Contract.Gender.FEMALE ? IntroducingOrganisation.WOMENS_UNION
                    : IntroducingOrganisation.FARMERS_UNION;
        }
        if (draw < 79) {
            return IntroducingOrganisation.FARMERS_UNION;
        }
        if (draw < 83) {
            return IntroducingOrganisation.VETERANS_ASSOCIATION;
        }
        return draw < 93 ? IntroducingOrganisation.MILITIA : IntroducingOrganisation.CIVIL_DEFENCE;
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
