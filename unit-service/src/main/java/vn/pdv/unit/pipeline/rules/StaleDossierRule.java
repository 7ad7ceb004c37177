package vn.pdv.unit.pipeline.rules;

import java.time.LocalDate;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

/**
 * A dossier the branch has not considered within {@code staleDossierAfter} of its preparation is stale: the
 * introductions and the comments of the mass organisations and the place of residence must be redone. Consideration on
 * the anniversary day itself is still in time.
 */
public final class StaleDossierRule {

    private final RuleSettings settings;

    public StaleDossierRule(RuleSettings settings) {
        this.settings = settings;
    }

    /** The last day the branch can consider the dossier without redoing it. */
    public LocalDate freshThrough(LocalDate preparedOn) {
        return settings.staleDossierAfter().after(preparedOn);
    }

    public RuleCheck check(LocalDate preparedOn, LocalDate consideredOn) {
        LocalDate freshThrough = freshThrough(preparedOn);
        if (consideredOn.isAfter(freshThrough)) {
            return RuleCheck.violated(new RuleViolation(RuleCode.STALE_DOSSIER,
                    Facts.values("preparedOn", preparedOn, "freshThrough", freshThrough, "consideredOn", consideredOn,
                            "staleAfterMonths", settings.staleDossierAfter().value()),
                    Bilingual.of("Hồ sơ hoàn thành ngày " + Facts.vi(preparedOn) + " đã quá "
                                    + settings.staleDossierAfter().value() + " tháng (đến " + Facts.vi(freshThrough)
                                    + ") mà chi bộ chưa xét.",
                            "The dossier prepared on " + Facts.en(preparedOn) + " was not considered within "
                                    + settings.staleDossierAfter().value() + " months (by " + Facts.en(freshThrough) + ")."),
                    Bilingual.of("Làm lại giấy giới thiệu của người giới thiệu và nhận xét của đoàn thể, chi ủy nơi cư trú, rồi chi bộ mới xét.",
                            "Redo the introductions and the comments of the mass organisations and the place of residence before the branch considers.")));
        }
        return RuleCheck.satisfied();
    }
}
