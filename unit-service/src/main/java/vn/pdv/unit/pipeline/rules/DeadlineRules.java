package vn.pdv.unit.pipeline.rules;

import java.time.LocalDate;
import vn.pdv.common.workingdays.WorkingDayCalendar;
import vn.pdv.common.workingdays.WorkingDays;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

/**
 * The time limits between steps after the branch's vote: the admission decision, the ceremony, the end of probation,
 * and the recognition vote and decision. Working-day limits end on the Nth working day after the step they run from
 * ({@link WorkingDayCalendar#addWorkingDays}); a step on that day is in time.
 *
 * <p>Limit: the ceremony limit runs from the decision's date; the Party's texts run it from when the branch receives
 * the decision, which the pipeline does not record separately.
 */
public final class DeadlineRules {

    private final RuleSettings settings;
    private final WorkingDayCalendar calendar;

    public DeadlineRules(RuleSettings settings, WorkingDayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    public LocalDate decisionDueBy(LocalDate branchResolutionOn, boolean extended) {
        WorkingDays limit = extended ? settings.decisionDeadline().plus(settings.decisionExtension()) : settings.decisionDeadline();
        return calendar.addWorkingDays(branchResolutionOn, limit);
    }

    public LocalDate ceremonyDueBy(LocalDate decidedOn) {
        return calendar.addWorkingDays(decidedOn, settings.ceremonyDeadline());
    }

    /** The day probation is complete: the same day-of-month {@code probation} months after admission. */
    public LocalDate probationEndsOn(LocalDate admittedOn) {
        return settings.probation().after(admittedOn);
    }

    public LocalDate recognitionConsiderationDueBy(LocalDate admittedOn) {
        return calendar.addWorkingDays(probationEndsOn(admittedOn), settings.recognitionConsiderationDeadline());
    }

    public LocalDate recognitionDecisionDueBy(LocalDate recognitionResolutionOn, boolean extended) {
        WorkingDays limit = extended
                ? settings.recognitionDecisionDeadline().plus(settings.recognitionDecisionExtension())
                : settings.recognitionDecisionDeadline();
        return calendar.addWorkingDays(recognitionResolutionOn, limit);
    }

    public RuleCheck checkDecision(LocalDate branchResolutionOn, LocalDate decidedOn, boolean extended) {
        return inTime(RuleCode.DECISION_DEADLINE, "nghị quyết đề nghị kết nạp của chi bộ", "the branch's resolution",
                branchResolutionOn, "quyết định kết nạp", "the admission decision", decidedOn,
                decisionDueBy(branchResolutionOn, extended), extended,
                Bilingual.of(extended ? "Đã hết cả thời hạn gia hạn: báo cáo cấp ủy cấp trên, chi bộ xem xét lại hồ sơ."
                                : "Cấp ủy có thẩm quyền quyết định trong thời hạn, hoặc ghi nhận việc gia hạn thêm "
                                + settings.decisionExtension().value() + " ngày làm việc.",
                        extended ? "Even the extension has passed: report to the superior committee and have the branch reconsider."
                                : "Decide within the limit, or record an extension of " + settings.decisionExtension().value()
                                + " working days."));
    }

    public RuleCheck checkCeremony(LocalDate decidedOn, LocalDate ceremonyOn) {
        return inTime(RuleCode.CEREMONY_DEADLINE, "quyết định kết nạp", "the admission decision", decidedOn,
                "lễ kết nạp", "the admission ceremony", ceremonyOn, ceremonyDueBy(decidedOn), false,
                Bilingual.of("Báo cáo cấp ủy ra quyết định về lý do chậm tổ chức lễ kết nạp và xin ý kiến chỉ đạo.",
                        "Report the reason for the delay to the deciding committee and ask for its direction."));
    }

    public RuleCheck checkRecognitionConsideration(LocalDate admittedOn, LocalDate consideredOn) {
        LocalDate probationEnds = probationEndsOn(admittedOn);
        if (consideredOn.isBefore(probationEnds)) {
            return RuleCheck.violated(new RuleViolation(RuleCode.PROBATION_NOT_COMPLETED,
                    Facts.values("admittedOn", admittedOn, "probationEndsOn", probationEnds, "consideredOn", consideredOn),
                    Bilingual.of("Đảng viên dự bị kết nạp ngày " + Facts.vi(admittedOn) + " chưa hết " + settings.probation().value()
                                    + " tháng dự bị (hết ngày " + Facts.vi(probationEnds) + ").",
                            "The probationary member admitted on " + Facts.en(admittedOn) + " has not completed "
                                    + settings.probation().value() + " months' probation (complete on " + Facts.en(probationEnds) + ")."),
                    Bilingual.of("Chi bộ xét công nhận đảng viên chính thức từ ngày " + Facts.vi(probationEnds) + " trở đi.",
                            "Have the branch consider recognition on or after " + Facts.en(probationEnds) + ".")));
        }
        return inTime(RuleCode.RECOGNITION_CONSIDERATION_DEADLINE, "ngày hết thời gian dự bị", "the end of probation",
                probationEnds, "chi bộ xét công nhận", "the branch's recognition vote", consideredOn,
                recognitionConsiderationDueBy(admittedOn), false,
                Bilingual.of("Báo cáo cấp ủy cấp trên lý do chậm xét công nhận đảng viên chính thức.",
                        "Report the reason for the late recognition vote to the superior committee."));
    }

    public RuleCheck checkRecognitionDecision(LocalDate recognitionResolutionOn, LocalDate decidedOn, boolean extended) {
        return inTime(RuleCode.RECOGNITION_DECISION_DEADLINE, "nghị quyết đề nghị công nhận của chi bộ",
                "the branch's recognition resolution", recognitionResolutionOn,
                "quyết định công nhận đảng viên chính thức", "the recognition decision", decidedOn,
                recognitionDecisionDueBy(recognitionResolutionOn, extended), extended,
                Bilingual.of(extended ? "Đã hết cả thời hạn gia hạn: báo cáo cấp ủy cấp trên."
                                : "Cấp ủy quyết định trong thời hạn, hoặc ghi nhận việc gia hạn thêm "
                                + settings.recognitionDecisionExtension().value() + " ngày làm việc.",
                        extended ? "Even the extension has passed: report to the superior committee."
                                : "Decide within the limit, or record an extension of "
                                + settings.recognitionDecisionExtension().value() + " working days."));
    }

    private RuleCheck inTime(RuleCode code, String fromVi, String fromEn, LocalDate from, String stepVi, String stepEn,
                             LocalDate stepOn, LocalDate dueBy, boolean extended, Bilingual fix) {
        if (stepOn.isBefore(from)) {
            return RuleCheck.violated(new RuleViolation(RuleCode.STEP_OUT_OF_ORDER,
                    Facts.values("from", from, "stepOn", stepOn),
                    Bilingual.of("Ngày " + stepVi + " (" + Facts.vi(stepOn) + ") trước ngày " + fromVi + " (" + Facts.vi(from) + ").",
                            "The date of " + stepEn + " (" + Facts.en(stepOn) + ") is before " + fromEn + " (" + Facts.en(from) + ")."),
                    Bilingual.of("Kiểm tra lại ngày tháng đã nhập.", "Check the dates entered.")));
        }
        if (stepOn.isAfter(dueBy)) {
            int workingDaysLate = calendar.workingDaysBetween(dueBy, stepOn);
            return RuleCheck.violated(new RuleViolation(code,
                    Facts.values("from", from, "dueBy", dueBy, "stepOn", stepOn, "extended", extended,
                            "workingDaysLate", workingDaysLate),
                    Bilingual.of("Hạn cho " + stepVi + " là " + Facts.vi(dueBy) + " (tính theo ngày làm việc từ " + fromVi
                                    + " ngày " + Facts.vi(from) + "); ngày " + Facts.vi(stepOn) + " chậm " + workingDaysLate + " ngày làm việc.",
                            "The deadline for " + stepEn + " was " + Facts.en(dueBy) + " (working days from " + fromEn + " on "
                                    + Facts.en(from) + "); " + Facts.en(stepOn) + " is " + workingDaysLate + " working days late."),
                    fix));
        }
        return RuleCheck.satisfied();
    }
}
