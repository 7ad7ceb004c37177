package vn.pdv.unit.pipeline.rules;

import java.time.LocalDate;
import java.util.Optional;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

/**
 * The awareness-class certificate (giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng) must be valid on the day it is
 * relied on, normally the branch's consideration: valid through the same day-of-month {@code certificateValidity}
 * months after issue.
 */
public final class CertificateRule {

    private final RuleSettings settings;

    public CertificateRule(RuleSettings settings) {
        this.settings = settings;
    }

    /** The last day the certificate is valid. */
    public LocalDate validThrough(LocalDate issuedOn) {
        return settings.certificateValidity().after(issuedOn);
    }

    public RuleCheck check(Optional<LocalDate> issuedOn, LocalDate checkedOn) {
        if (issuedOn.isEmpty() || issuedOn.get().isAfter(checkedOn)) {
            return RuleCheck.violated(new RuleViolation(RuleCode.CERTIFICATE_MISSING,
                    Facts.values("issuedOn", issuedOn.map(String::valueOf).orElse(""), "checkedOn", checkedOn),
                    Bilingual.of("Chưa có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng tại ngày "
                                    + Facts.vi(checkedOn) + ".",
                            "There is no awareness-class certificate as of " + Facts.en(checkedOn) + "."),
                    Bilingual.of("Cử người vào Đảng học lớp bồi dưỡng nhận thức về Đảng và ghi nhận giấy chứng nhận.",
                            "Send the candidate to the awareness class and record the certificate.")));
        }
        LocalDate validThrough = validThrough(issuedOn.get());
        if (checkedOn.isAfter(validThrough)) {
            return RuleCheck.violated(new RuleViolation(RuleCode.CERTIFICATE_EXPIRED,
                    Facts.values("issuedOn", issuedOn.get(), "validThrough", validThrough, "checkedOn", checkedOn,
                            "validityMonths", settings.certificateValidity().value()),
                    Bilingual.of("Giấy chứng nhận cấp ngày " + Facts.vi(issuedOn.get()) + " hết giá trị từ sau ngày "
                                    + Facts.vi(validThrough) + " (" + settings.certificateValidity().value() + " tháng).",
                            "The certificate issued on " + Facts.en(issuedOn.get()) + " was valid only through "
                                    + Facts.en(validThrough) + " (" + settings.certificateValidity().value() + " months)."),
                    Bilingual.of("Người vào Đảng học lại lớp bồi dưỡng nhận thức về Đảng để được cấp giấy chứng nhận mới.",
                            "Have the candidate attend the awareness class again for a new certificate.")));
        }
        return RuleCheck.satisfied();
    }
}
