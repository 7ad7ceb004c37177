package vn.pdv.unit.pipeline.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.unit.Outcome;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.AdmissionDecision;
import vn.pdv.unit.pipeline.Candidate;
import vn.pdv.unit.pipeline.CandidateAdmitted;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.Gender;
import vn.pdv.unit.pipeline.IntroducingOrganisation;
import vn.pdv.unit.pipeline.NewSource;
import vn.pdv.unit.pipeline.PersonalDetails;
import vn.pdv.unit.pipeline.Pipeline;
import vn.pdv.unit.pipeline.ReportingAttributes;
import vn.pdv.unit.pipeline.SourceCreated;
import vn.pdv.unit.pipeline.Stage;
import vn.pdv.unit.web.Problems;

@RestController
@RequestMapping("/api")
class CandidateController {

    private final Pipeline pipeline;

    CandidateController(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @PostMapping("/sources")
    ResponseEntity<?> identifySource(@Valid @RequestBody IdentifySource request) {
        return switch (pipeline.identifySource(request.toNewSource())) {
            case Outcome.Accepted<SourceCreated>(SourceCreated created) -> ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of("candidateId", created.candidate().value(), "stage", Stage.SOURCE));
            case Outcome.Refused<SourceCreated> refused -> Problems.refused(refused.refusal());
        };
    }

    @PostMapping("/candidates/{id}/admission")
    ResponseEntity<?> admit(@PathVariable String id, @Valid @RequestBody RecordAdmission request) {
        return pipeline.admit(new CandidateId(id), request.toDecision())
                .<ResponseEntity<?>>map(outcome -> switch (outcome) {
                    case Outcome.Accepted<CandidateAdmitted> accepted -> ResponseEntity.status(HttpStatus.CREATED)
                            .body(CandidateView.of(pipeline.find(new CandidateId(id)).orElseThrow()));
                    case Outcome.Refused<CandidateAdmitted> refused -> Problems.refused(refused.refusal());
                })
                .orElseGet(() -> notFound(id));
    }

    @GetMapping("/candidates/{id}")
    ResponseEntity<?> find(@PathVariable String id) {
        return pipeline.find(new CandidateId(id))
                .<ResponseEntity<?>>map(candidate -> ResponseEntity.ok(CandidateView.of(candidate)))
                .orElseGet(() -> notFound(id));
    }

    private static ResponseEntity<?> notFound(String id) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound(
                "Không có người nào mang mã " + id + " ở đảng ủy này.",
                "No candidate with id " + id + " at this committee."));
    }

    record IdentifySource(@NotBlank @Pattern(regexp = UnitCode.PATTERN) String branchCode,
                          @NotNull IntroducingOrganisation introducedBy,
                          @NotNull @PastOrPresent LocalDate identifiedOn,
                          @NotNull @Valid Person person,
                          @NotNull @Valid Attributes attributes) {

        NewSource toNewSource() {
            return new NewSource(new UnitCode(branchCode), introducedBy, identifiedOn, person.toDetails(),
                    attributes.toAttributes(person.dateOfBirth().getYear()));
        }
    }

    /** Personal data: stays in this committee's database. */
    record Person(@NotBlank @Size(max = 200) String fullName,
                  @NotNull @Past LocalDate dateOfBirth,
                  @Pattern(regexp = "\\d{9}|\\d{12}") String idCardNumber,
                  @Size(max = 500) String address,
                  @Pattern(regexp = "\\+?[0-9 .-]{8,15}") String phone) {

        PersonalDetails toDetails() {
            return new PersonalDetails(fullName, dateOfBirth, idCardNumber, address, phone);
        }
    }

    record Attributes(@NotNull Gender gender, boolean ethnicMinority, boolean religious, boolean youthUnionMember,
                      boolean tradeUnionMember, @Size(max = 50) String generalEducation,
                      @Size(max = 100) String professionalLevel, @Size(max = 100) String occupationSector) {

        ReportingAttributes toAttributes(int birthYear) {
            return new ReportingAttributes(gender, birthYear, ethnicMinority, religious, youthUnionMember,
                    tradeUnionMember, generalEducation, professionalLevel, occupationSector);
        }
    }

    record RecordAdmission(@NotBlank @Pattern(regexp = UnitCode.PATTERN) String decidedBy,
                           @NotBlank @Size(max = 50) String decisionNumber,
                           @NotNull @PastOrPresent LocalDate decidedOn,
                           @NotNull @PastOrPresent LocalDate admittedOn,
                           boolean readmission) {

        AdmissionDecision toDecision() {
            return new AdmissionDecision(new UnitCode(decidedBy), decisionNumber, decidedOn, admittedOn, readmission);
        }
    }

    record CandidateView(String candidateId, String branchCode, Stage stage, LocalDate identifiedOn,
                         LocalDate admittedOn, ReportingAttributes attributes) {

        static CandidateView of(Candidate candidate) {
            return new CandidateView(candidate.id().value(), candidate.branch().value(), candidate.stage(),
                    candidate.identifiedOn(), candidate.admittedOn(), candidate.attributes());
        }
    }
}
