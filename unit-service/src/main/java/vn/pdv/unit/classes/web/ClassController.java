package vn.pdv.unit.classes.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.common.security.Caller;
import vn.pdv.common.web.Problems;
import vn.pdv.unit.classes.ClassId;
import vn.pdv.unit.classes.ClassKind;
import vn.pdv.unit.classes.PartyClass;
import vn.pdv.unit.classes.application.Teaching;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.People;
import vn.pdv.unit.pipeline.application.CandidateDirectory;
import vn.pdv.unit.pipeline.application.Pipeline;
import vn.pdv.unit.web.CommitteeAccess;
import vn.pdv.unit.web.Refusals;

/**
 * Classes over HTTP: plan one ({@code POST /api/classes}), enrol a candidate, hold it (which issues each attendee's
 * certificate or completes their new-member class through the pipeline), read one or all, download its list as XLSX.
 * Who may: as for a candidate's steps, for the class's organiser (a branch's clerk for its own branch's classes);
 * reading within the caller's reach.
 */
@RestController
@RequestMapping("/api/classes")
class ClassController {

    private final Teaching teaching;
    private final Pipeline pipeline;
    private final CandidateDirectory directory;
    private final People people;
    private final CommitteeAccess access;

    ClassController(Teaching teaching, Pipeline pipeline, CandidateDirectory directory, People people,
                    CommitteeAccess access) {
        this.teaching = teaching;
        this.pipeline = pipeline;
        this.directory = directory;
        this.people = people;
        this.access = access;
    }

    @PostMapping
    @PreAuthorize("@committeeAccess.toRecordFor(#caller, #request.organiserCode())")
    ResponseEntity<?> plan(Caller caller, @Valid @RequestBody PlanClass request) {
        return switch (teaching.plan(request.kind(), request.title(), new UnitCode(request.organiserCode()),
                request.startsOn(), request.endsOn())) {
            case Outcome.Accepted<PartyClass>(PartyClass planned) ->
                    ResponseEntity.status(HttpStatus.CREATED).body(ClassView.of(planned));
            case Outcome.Refused<PartyClass> refused -> Refusals.refused(refused.violations());
        };
    }

    @GetMapping
    @PreAuthorize("@committeeAccess.toRead(#caller)")
    List<ClassView> classes(Caller caller) {
        return teaching.organisedIn(access.reachOf(caller)).stream().map(ClassView::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("@committeeAccess.toReadClass(#caller, #id)")
    ResponseEntity<?> one(Caller caller, @PathVariable String id) {
        return found(id).<ResponseEntity<?>>map(partyClass -> ResponseEntity.ok(ClassView.of(partyClass)))
                .orElseGet(() -> notFound(id));
    }

    /** The list with names: within the caller's reach, as the class is. */
    @GetMapping("/{id}/list.xlsx")
    @PreAuthorize("@committeeAccess.toReadClass(#caller, #id) and @committeeAccess.toReadPeople(#caller)")
    ResponseEntity<?> list(Caller caller, @PathVariable String id) {
        Optional<PartyClass> partyClass = found(id);
        if (partyClass.isEmpty()) {
            return notFound(id);
        }
        return ClassList.of(partyClass.get(), pipeline, people, directory);
    }

    @PostMapping("/{id}/enrolments")
    @PreAuthorize("@committeeAccess.toRecordForClass(#caller, #id)"
            + " and @committeeAccess.toRecordForCandidate(#caller, #request.candidateId())")
    ResponseEntity<?> enrol(Caller caller, @PathVariable String id, @Valid @RequestBody Enrol request) {
        Optional<ClassId> classId = classId(id);
        return classId.flatMap(known -> teaching.enrol(known, new CandidateId(request.candidateId())))
                .<ResponseEntity<?>>map(outcome -> switch (outcome) {
                    case Outcome.Accepted<PartyClass>(PartyClass enrolled) ->
                            ResponseEntity.status(HttpStatus.CREATED).body(ClassView.of(enrolled));
                    case Outcome.Refused<PartyClass> refused -> Refusals.refused(refused.violations());
                })
                .orElseGet(() -> notFound(id + " / " + request.candidateId()));
    }

    @PostMapping("/{id}/completion")
    @PreAuthorize("@committeeAccess.toRecordForClass(#caller, #id)")
    ResponseEntity<?> hold(Caller caller, @PathVariable String id, @Valid @RequestBody Hold request) {
        Map<CandidateId, String> attendees = new LinkedHashMap<>();
        request.attendees().forEach(attendee -> attendees.put(new CandidateId(attendee.candidateId()),
                attendee.certificateNumber()));
        return classId(id).flatMap(known -> teaching.hold(new ActorId(caller.subject()), known, request.heldOn(),
                        attendees))
                .<ResponseEntity<?>>map(outcome -> switch (outcome) {
                    case Outcome.Accepted<Teaching.Held>(Teaching.Held held) -> ResponseEntity.status(HttpStatus.CREATED)
                            .body(HeldView.of(teaching.find(held.event().id()).orElseThrow(), held));
                    case Outcome.Refused<Teaching.Held> refused -> Refusals.refused(refused.violations());
                })
                .orElseGet(() -> notFound(id));
    }

    private Optional<PartyClass> found(String id) {
        return classId(id).flatMap(teaching::find);
    }

    private static Optional<ClassId> classId(String id) {
        try {
            return Optional.of(new ClassId(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static ResponseEntity<?> notFound(String what) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound(
                "Không có lớp hoặc người vào Đảng " + what + ".", "There is no class or candidate " + what + "."));
    }

    record PlanClass(@NotNull ClassKind kind, @NotBlank @Size(max = 200) String title,
                     @NotBlank @Pattern(regexp = UnitCode.PATTERN) String organiserCode,
                     @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
    }

    record Enrol(@NotBlank @Size(max = 100) String candidateId) {
    }

    /** @param certificateNumber required for an awareness class; ignored for a new-member class */
    record Attendee(@NotBlank @Size(max = 100) String candidateId, @Size(max = 50) String certificateNumber) {
    }

    record Hold(@NotNull @PastOrPresent LocalDate heldOn, @NotNull List<@NotNull @Valid Attendee> attendees) {
    }

    record ClassView(String classId, ClassKind kind, String title, String organiserCode, LocalDate startsOn,
                     LocalDate endsOn, List<String> enrolled, LocalDate heldOn, List<String> attended) {

        static ClassView of(PartyClass c) {
            return new ClassView(c.id().value(), c.kind(), c.title(), c.organiser().value(), c.startsOn(), c.endsOn(),
                    c.enrolled().stream().map(CandidateId::value).toList(), c.heldOn(),
                    c.attended().stream().map(CandidateId::value).toList());
        }
    }

    /** The class as held, and each attendee's step: {@code recorded}, or the rule that refused it. */
    record HeldView(ClassView partyClass, List<Map<String, Object>> steps) {

        static HeldView of(PartyClass c, Teaching.Held held) {
            return new HeldView(ClassView.of(c), held.steps().stream().map(step -> {
                Map<String, Object> described = new LinkedHashMap<>();
                described.put("candidateId", step.candidate().value());
                switch (step.outcome()) {
                    case Outcome.Accepted<Object> accepted -> described.put("recorded", true);
                    case Outcome.Refused<Object> refused -> {
                        described.put("recorded", false);
                        described.put("rule", refused.violation().code().name());
                        described.put("message", refused.violation().message().vi());
                        described.put("messageEn", refused.violation().message().en());
                    }
                }
                return described;
            }).toList());
        }
    }
}
