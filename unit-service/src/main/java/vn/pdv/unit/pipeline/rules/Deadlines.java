package vn.pdv.unit.pipeline.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.pdv.common.workingdays.WorkingDayCalendar;
import vn.pdv.unit.decision.Bilingual;

/**
 * What is due for a candidate, and by when, given the dates reached so far: the source of the committee's
 * "due this week" and "overdue" lists. Only the next pending step of each kind is listed; a candidate who has left the
 * pipeline or been recognised has nothing due.
 *
 * <p>Limit: "today" is passed in; this class never reads a clock.
 */
public final class Deadlines {

    private final DeadlineRules rules;
    private final CertificateRule certificates;
    private final StaleDossierRule dossiers;

    public Deadlines(RuleSettings settings, WorkingDayCalendar calendar) {
        this.rules = new DeadlineRules(settings, calendar);
        this.certificates = new CertificateRule(settings);
        this.dossiers = new StaleDossierRule(settings);
    }

    /** Everything pending, earliest first. */
    public List<DueItem> dueFor(CandidateMilestones m) {
        List<DueItem> due = new ArrayList<>();
        if (m.exitedOn() != null || m.recognisedOn() != null) {
            return due;
        }
        if (m.branchResolutionOn() == null) {
            if (m.certificateIssuedOn() != null) {
                LocalDate by = certificates.validThrough(m.certificateIssuedOn());
                due.add(new DueItem(DueItem.Kind.CONSIDER_BEFORE_CERTIFICATE_EXPIRES, by,
                        Bilingual.of("Chi bộ xét kết nạp trước khi giấy chứng nhận hết giá trị (" + Facts.vi(by) + ")",
                                "Branch to consider before the awareness-class certificate expires (" + Facts.en(by) + ")")));
            }
            if (m.dossierPreparedOn() != null) {
                LocalDate by = dossiers.freshThrough(m.dossierPreparedOn());
                due.add(new DueItem(DueItem.Kind.CONSIDER_BEFORE_DOSSIER_STALE, by,
                        Bilingual.of("Chi bộ xét hồ sơ trước " + Facts.vi(by) + ", sau đó phải làm lại giới thiệu, nhận xét",
                                "Branch to consider the dossier by " + Facts.en(by) + ", or introductions and comments must be redone")));
            }
        } else if (m.decidedOn() == null) {
            LocalDate by = rules.decisionDueBy(m.branchResolutionOn(), m.decisionExtended());
            due.add(new DueItem(DueItem.Kind.ADMISSION_DECISION, by,
                    Bilingual.of("Cấp ủy quyết định kết nạp chậm nhất " + Facts.vi(by),
                            "Committee to decide on admission by " + Facts.en(by))));
        } else if (m.admittedOn() == null) {
            LocalDate by = rules.ceremonyDueBy(m.decidedOn());
            due.add(new DueItem(DueItem.Kind.ADMISSION_CEREMONY, by,
                    Bilingual.of("Tổ chức lễ kết nạp chậm nhất " + Facts.vi(by),
                            "Hold the admission ceremony by " + Facts.en(by))));
        } else if (m.recognitionResolutionOn() == null) {
            LocalDate by = rules.recognitionConsiderationDueBy(m.admittedOn());
            due.add(new DueItem(DueItem.Kind.RECOGNITION_CONSIDERATION, by,
                    Bilingual.of("Hết dự bị ngày " + Facts.vi(rules.probationEndsOn(m.admittedOn()))
                                    + "; chi bộ xét công nhận đảng viên chính thức chậm nhất " + Facts.vi(by),
                            "Probation ends " + Facts.en(rules.probationEndsOn(m.admittedOn()))
                                    + "; branch to vote on recognition by " + Facts.en(by))));
        } else {
            LocalDate by = rules.recognitionDecisionDueBy(m.recognitionResolutionOn(), m.recognitionDecisionExtended());
            due.add(new DueItem(DueItem.Kind.RECOGNITION_DECISION, by,
                    Bilingual.of("Cấp ủy quyết định công nhận đảng viên chính thức chậm nhất " + Facts.vi(by),
                            "Committee to decide on recognition by " + Facts.en(by))));
        }
        due.sort(Comparator.comparing(DueItem::dueBy));
        return due;
    }

    public List<DueItem> overdueOn(CandidateMilestones milestones, LocalDate today) {
        return withUrgency(milestones, today, DueItem.Urgency.OVERDUE);
    }

    public List<DueItem> dueThisWeek(CandidateMilestones milestones, LocalDate today) {
        return withUrgency(milestones, today, DueItem.Urgency.DUE_THIS_WEEK);
    }

    private List<DueItem> withUrgency(CandidateMilestones milestones, LocalDate today, DueItem.Urgency urgency) {
        return dueFor(milestones).stream().filter(item -> item.urgencyOn(today) == urgency).toList();
    }
}
