package vn.pdv.unit.pipeline.rules;

import java.util.Objects;
import vn.pdv.common.workingdays.WorkingDays;

/**
 * Every parameter of the candidate-pipeline rules, one set per committee where local practice differs. A committee
 * sets them as {@code pdv.rules.*}, whose defaults (the figures in brackets below) follow DOMAIN.md (Điều lệ Đảng,
 * Hướng dẫn 06-HD/TW); the figures DOMAIN.md marks "(check)" come from secondary summaries, which is why every figure
 * is a component here rather than a constant.
 *
 * @param minimumAge                           youngest age, in completed months, at the branch's consideration (18 years)
 * @param maximumAgeWithoutApproval            oldest age, in completed months, the branch may admit on its own (60 years);
 *                                             older candidates need the provincial committee's approval
 * @param youthAgeMaximumYears                 last completed year of age that counts as youth age (30); a youth-age
 *                                             candidate must be a youth-union member introduced by the youth-union route
 * @param certificateValidity                  how long an awareness-class certificate stays valid (60 months)
 * @param introducerAcquaintance               how long an introducer must have worked or lived with the candidate (12 months)
 * @param voteThreshold                        share of the branch's official members who must vote for (2/3)
 * @param decisionDeadline                     working days from the branch resolution to the admission decision (60)
 * @param decisionExtension                    extra working days when the deadline is extended (30)
 * @param ceremonyDeadline                     working days from the decision to the admission ceremony (30)
 * @param probation                            probation period (12 months)
 * @param recognitionConsiderationDeadline     working days after probation ends for the branch to consider recognition (30)
 * @param recognitionDecisionDeadline          working days from the branch's recognition resolution to the decision (30)
 * @param recognitionDecisionExtension         extra working days when that deadline is extended (30)
 * @param staleDossierAfter                    a dossier not considered within this period must have its introductions
 *                                             and comments redone (12 months)
 * @param minimumSympathiserPeriod             local rule: time on the sympathiser list before background verification
 *                                             (0 months unless a committee sets it, e.g. 12)
 */
public record RuleSettings(
        Months minimumAge,
        Months maximumAgeWithoutApproval,
        int youthAgeMaximumYears,
        Months certificateValidity,
        Months introducerAcquaintance,
        VoteThreshold voteThreshold,
        WorkingDays decisionDeadline,
        WorkingDays decisionExtension,
        WorkingDays ceremonyDeadline,
        Months probation,
        WorkingDays recognitionConsiderationDeadline,
        WorkingDays recognitionDecisionDeadline,
        WorkingDays recognitionDecisionExtension,
        Months staleDossierAfter,
        Months minimumSympathiserPeriod) {

    public RuleSettings {
        Objects.requireNonNull(minimumAge, "minimumAge");
        Objects.requireNonNull(maximumAgeWithoutApproval, "maximumAgeWithoutApproval");
        Objects.requireNonNull(certificateValidity, "certificateValidity");
        Objects.requireNonNull(introducerAcquaintance, "introducerAcquaintance");
        Objects.requireNonNull(voteThreshold, "voteThreshold");
        Objects.requireNonNull(decisionDeadline, "decisionDeadline");
        Objects.requireNonNull(decisionExtension, "decisionExtension");
        Objects.requireNonNull(ceremonyDeadline, "ceremonyDeadline");
        Objects.requireNonNull(probation, "probation");
        Objects.requireNonNull(recognitionConsiderationDeadline, "recognitionConsiderationDeadline");
        Objects.requireNonNull(recognitionDecisionDeadline, "recognitionDecisionDeadline");
        Objects.requireNonNull(recognitionDecisionExtension, "recognitionDecisionExtension");
        Objects.requireNonNull(staleDossierAfter, "staleDossierAfter");
        Objects.requireNonNull(minimumSympathiserPeriod, "minimumSympathiserPeriod");
        if (minimumAge.compareTo(maximumAgeWithoutApproval) > 0) {
            throw new IllegalArgumentException("minimum age " + minimumAge + " is above maximum " + maximumAgeWithoutApproval);
        }
        if (youthAgeMaximumYears < 0) {
            throw new IllegalArgumentException("youth age limit must not be negative: " + youthAgeMaximumYears);
        }
    }

    // Withers for the figures committees are known to set differently; the rest change through the constructor.

    public RuleSettings withMinimumSympathiserPeriod(Months period) {
        return new RuleSettings(minimumAge, maximumAgeWithoutApproval, youthAgeMaximumYears, certificateValidity,
                introducerAcquaintance, voteThreshold, decisionDeadline, decisionExtension, ceremonyDeadline, probation,
                recognitionConsiderationDeadline, recognitionDecisionDeadline, recognitionDecisionExtension,
                staleDossierAfter, period);
    }

    public RuleSettings withCertificateValidity(Months validity) {
        return new RuleSettings(minimumAge, maximumAgeWithoutApproval, youthAgeMaximumYears, validity,
                introducerAcquaintance, voteThreshold, decisionDeadline, decisionExtension, ceremonyDeadline, probation,
                recognitionConsiderationDeadline, recognitionDecisionDeadline, recognitionDecisionExtension,
                staleDossierAfter, minimumSympathiserPeriod);
    }

    public RuleSettings withYouthAgeMaximumYears(int years) {
        return new RuleSettings(minimumAge, maximumAgeWithoutApproval, years, certificateValidity,
                introducerAcquaintance, voteThreshold, decisionDeadline, decisionExtension, ceremonyDeadline, probation,
                recognitionConsiderationDeadline, recognitionDecisionDeadline, recognitionDecisionExtension,
                staleDossierAfter, minimumSympathiserPeriod);
    }

    public RuleSettings withVoteThreshold(VoteThreshold threshold) {
        return new RuleSettings(minimumAge, maximumAgeWithoutApproval, youthAgeMaximumYears, certificateValidity,
                introducerAcquaintance, threshold, decisionDeadline, decisionExtension, ceremonyDeadline, probation,
                recognitionConsiderationDeadline, recognitionDecisionDeadline, recognitionDecisionExtension,
                staleDossierAfter, minimumSympathiserPeriod);
    }

    /** Whether someone of this age, in completed months, is of youth age. */
    public boolean isYouthAge(Months age) {
        return age.years() <= youthAgeMaximumYears;
    }
}
