package vn.pdv.unit.classes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.Stage;
import vn.pdv.unit.pipeline.rules.Facts;

/**
 * One class as the committee plans and holds it: its kind, title, organiser, dates and enrolment list; once held, the
 * day and who attended. Enrolling and holding are decisions that return a value ({@link Outcome}), like a candidate's
 * steps.
 *
 * @param heldOn   null until the class is held
 * @param attended empty until the class is held
 */
public record PartyClass(ClassId id, ClassKind kind, String title, UnitCode organiser, LocalDate startsOn,
                         LocalDate endsOn, List<CandidateId> enrolled, LocalDate heldOn, List<CandidateId> attended) {

    public PartyClass {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(organiser, "organiser");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        enrolled = List.copyOf(enrolled);
        attended = attended == null ? List.of() : List.copyOf(attended);
    }

    /** A class planned, nobody enrolled yet; refused when it ends before it starts. */
    public static Outcome<PartyClass> plan(ClassKind kind, String title, UnitCode organiser, LocalDate startsOn,
                                           LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            return Outcome.refused(RuleViolation.of(RuleCode.STEP_OUT_OF_ORDER, "endsOn",
                    RuleViolation.values("startsOn", startsOn, "endsOn", endsOn),
                    Bilingual.of("Lớp kết thúc (" + Facts.vi(endsOn) + ") trước khi bắt đầu (" + Facts.vi(startsOn) + ").",
                            "The class ends (" + endsOn + ") before it starts (" + startsOn + ")."),
                    Bilingual.of("Sửa ngày kết thúc thành từ ngày bắt đầu trở đi.",
                            "Make the last day on or after the first.")));
        }
        return Outcome.accepted(new PartyClass(ClassId.random(), kind, title, organiser, startsOn, endsOn, List.of(),
                null, List.of()));
    }

    public boolean held() {
        return heldOn != null;
    }

    /**
     * The candidate added to the list: refused once the class is held, or when the candidate is not at the stage the
     * class is for. Enrolling again changes nothing.
     */
    public Outcome<PartyClass> enrol(CandidateId candidate, Stage stage) {
        if (held()) {
            return Outcome.refused(alreadyHeld());
        }
        if (stage != kind.enrols()) {
            return Outcome.refused(RuleViolation.of(RuleCode.CLASS_ENROLMENT_STAGE, "candidateId",
                    RuleViolation.values("candidateId", candidate, "stage", stage, "required", kind.enrols()),
                    Bilingual.of("Người này đang là " + stage.vi() + ", nên không học " + kind.vi() + ".",
                            "This candidate is at stage " + stage.en() + ", not one for the " + kind.en() + "."),
                    Bilingual.of(kind.vi().substring(0, 1).toUpperCase() + kind.vi().substring(1) + " dành cho người đang là "
                                    + kind.enrols().vi() + "; ghi " + kind.enrols().reachedByVi() + " trước.",
                            "The " + kind.en() + " is for candidates at stage " + kind.enrols().en() + "; record "
                                    + kind.enrols().reachedByEn() + " first.")));
        }
        LinkedHashSet<CandidateId> list = new LinkedHashSet<>(enrolled);
        list.add(candidate);
        return Outcome.accepted(new PartyClass(id, kind, title, organiser, startsOn, endsOn, List.copyOf(list), null,
                List.of()));
    }

    /**
     * The class held on {@code heldOn} (its last day) with {@code attended}: refused when already held, dated before
     * the class began, or naming someone not on the list.
     */
    public Outcome<ClassHeld> hold(LocalDate heldOn, List<CandidateId> attendees) {
        if (held()) {
            return Outcome.refused(alreadyHeld());
        }
        List<RuleViolation> broken = new ArrayList<>();
        if (heldOn.isBefore(startsOn)) {
            broken.add(RuleViolation.of(RuleCode.STEP_OUT_OF_ORDER, "heldOn",
                    RuleViolation.values("startsOn", startsOn, "heldOn", heldOn),
                    Bilingual.of("Ngày kết thúc lớp " + Facts.vi(heldOn) + " trước ngày khai giảng " + Facts.vi(startsOn) + ".",
                            "The class's completion " + heldOn + " is before it started " + startsOn + "."),
                    Bilingual.of("Nhập ngày bế giảng, từ ngày khai giảng trở đi.",
                            "Give the last day of the class, on or after its first.")));
        }
        attendees.stream().filter(attendee -> !enrolled.contains(attendee)).forEach(stranger -> broken.add(
                RuleViolation.of(RuleCode.CLASS_ATTENDEE_NOT_ENROLLED, "attendees",
                        RuleViolation.values("candidateId", stranger),
                        Bilingual.of("Người " + stranger + " không có trong danh sách lớp.",
                                "Candidate " + stranger + " is not on the class list."),
                        Bilingual.of("Ghi danh người này vào lớp trước, hoặc bỏ khỏi danh sách học viên dự học.",
                                "Enrol the candidate first, or leave them out of the attendees."))));
        if (!broken.isEmpty()) {
            return Outcome.refused(broken);
        }
        int attended = (int) attendees.stream().distinct().count();
        return Outcome.accepted(new ClassHeld(id, kind, organiser, startsOn, heldOn, enrolled.size(), attended));
    }

    /** The class after {@code held}: its day and attendees recorded. */
    public PartyClass apply(ClassHeld held, List<CandidateId> attendees) {
        return new PartyClass(id, kind, title, organiser, startsOn, endsOn, enrolled, held.heldOn(),
                attendees.stream().distinct().toList());
    }

    private RuleViolation alreadyHeld() {
        return RuleViolation.of(RuleCode.CLASS_ALREADY_HELD, null, RuleViolation.values("classId", id, "heldOn", heldOn),
                Bilingual.of("Lớp đã kết thúc ngày " + Facts.vi(heldOn) + "; danh sách không thay đổi được nữa.",
                        "The class ended on " + heldOn + "; its list can no longer change."),
                Bilingual.of("Mở một lớp mới cho những người còn lại.", "Plan a new class for the others."));
    }
}
