package vn.pdv.unit.classes.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.pdv.unit.classes.ClassHeld;
import vn.pdv.unit.classes.ClassId;
import vn.pdv.unit.classes.ClassKind;
import vn.pdv.unit.classes.ClassRegister;
import vn.pdv.unit.classes.PartyClass;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.Units;
import vn.pdv.unit.outbox.UnitEvent;
import vn.pdv.unit.outbox.application.Recorder;
import vn.pdv.unit.pipeline.Candidate;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.application.Pipeline;

/**
 * The committee's classes. Planning and enrolling are kept in the committee's own database only (the list names
 * candidates; nothing of it is the province's). Holding a class goes through the log as {@link ClassHeld} (counts only)
 * and then, for each attendee, through {@link Pipeline} as the step the class is: the awareness certificate, or the
 * new-member class; so every rule of those steps is the pipeline's, and there is no second way to record them.
 *
 * <p>Known limit: an attendee's step refused by the pipeline (a candidate who moved on since enrolling) is reported
 * with its rule, and the class stays held; the step can be recorded on the candidate's page once put right.
 */
@Service
public class Teaching {

    private final ClassRegister register;
    private final Recorder recorder;
    private final Pipeline pipeline;
    private final Units units;

    Teaching(ClassRegister register, Recorder recorder, Pipeline pipeline, Units units) {
        this.register = register;
        this.recorder = recorder;
        this.pipeline = pipeline;
        this.units = units;
    }

    public Outcome<PartyClass> plan(ClassKind kind, String title, UnitCode organiser, LocalDate startsOn,
                                    LocalDate endsOn) {
        if (units.find(organiser).isEmpty()) {
            return Outcome.refused(RuleViolation.of(RuleCode.BRANCH_UNKNOWN, "organiserCode",
                    RuleViolation.values("organiserCode", organiser),
                    Bilingual.of("Đơn vị " + organiser + " chưa được đăng ký ở đảng ủy này.",
                            "Unit " + organiser + " is not registered with this committee."),
                    Bilingual.of("Chọn đảng ủy hoặc một chi bộ đã đăng ký.", "Choose the committee or a registered branch.")));
        }
        Outcome<PartyClass> planned = PartyClass.plan(kind, title, organiser, startsOn, endsOn);
        if (planned instanceof Outcome.Accepted<PartyClass>(PartyClass partyClass)) {
            register.save(partyClass);
        }
        return planned;
    }

    public Optional<PartyClass> find(ClassId id) {
        return register.find(id);
    }

    public List<PartyClass> organisedIn(Reach reach) {
        return register.organisedIn(reach);
    }

    /** Empty when there is no such class or candidate. */
    public Optional<Outcome<PartyClass>> enrol(ClassId id, CandidateId candidate) {
        Optional<Candidate> found = pipeline.find(candidate);
        if (found.isEmpty() || register.find(id).isEmpty()) {
            return Optional.empty();
        }
        synchronized (this) {
            Outcome<PartyClass> enrolled = register.find(id).orElseThrow().enrol(candidate, found.get().stage());
            if (enrolled instanceof Outcome.Accepted<PartyClass>(PartyClass partyClass)) {
                register.save(partyClass);
            }
            return Optional.of(enrolled);
        }
    }

    /**
     * Holds the class and records each attendee's step. Empty when there is no such class.
     *
     * @param attendees each attendee, with the certificate number for an awareness class (ignored for a new-member
     *                  class)
     */
    public Optional<Outcome<Held>> hold(ActorId by, ClassId id, LocalDate heldOn, Map<CandidateId, String> attendees) {
        if (register.find(id).isEmpty()) {
            return Optional.empty();
        }
        List<CandidateId> who = List.copyOf(attendees.keySet());
        Outcome<ClassHeld> held = recorder.record(id, by, () -> register.find(id).orElseThrow().hold(heldOn, who),
                UnitEvent.ClassChange::new, event -> register.save(register.find(id).orElseThrow().apply(event, who)));
        return Optional.of(held.map(event -> {
            List<AttendeeStep> steps = new ArrayList<>();
            attendees.forEach((candidate, certificate) -> steps.add(new AttendeeStep(candidate,
                    (switch (event.kind()) {
                        case AWARENESS -> pipeline.recordCertificate(by, candidate, certificate, heldOn)
                                .map(outcome -> outcome.map(Object.class::cast));
                        case NEW_MEMBER -> pipeline.completeNewMemberClass(by, candidate, heldOn)
                                .map(outcome -> outcome.map(Object.class::cast));
                    }).orElseThrow())));
            return new Held(event, steps);
        }));
    }

    /** A class held, and each attendee's step as the pipeline decided it. */
    public record Held(ClassHeld event, List<AttendeeStep> steps) {
    }

    public record AttendeeStep(CandidateId candidate, Outcome<Object> outcome) {
    }
}
