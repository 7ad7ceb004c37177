package vn.pdv.unit.classes.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.pdv.sheets.XlsxTable;
import vn.pdv.unit.classes.PartyClass;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.Candidate;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.People;
import vn.pdv.unit.pipeline.PersonalDetails;
import vn.pdv.unit.pipeline.application.CandidateDirectory;
import vn.pdv.unit.pipeline.application.Pipeline;
import vn.pdv.unit.organisation.Reach;

/**
 * A class's list as the workbook the organiser prints and signs: number, full name, date of birth, branch, and once the
 * class is held whether the person attended. It names people, so it is served only within the reader's reach (as the
 * class is) and never leaves the committee otherwise.
 */
final class ClassList {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ClassList() {
    }

    /** The class's list as served, from the pipeline's candidates and the people's details. */
    static ResponseEntity<byte[]> of(PartyClass partyClass, Pipeline pipeline, People people,
                                     CandidateDirectory directory) {
        Map<CandidateId, Candidate> candidates = new LinkedHashMap<>();
        partyClass.enrolled().forEach(id -> pipeline.find(id).ifPresent(found -> candidates.put(id, found)));
        return of(partyClass, people.of(partyClass.enrolled()), candidates, directory.unitsIn(Reach.wholeCommittee()));
    }

    static ResponseEntity<byte[]> of(PartyClass partyClass, Map<CandidateId, PersonalDetails> people,
                                     Map<CandidateId, Candidate> candidates, Map<UnitCode, Unit> units) {
        List<String> headers = new ArrayList<>(List.of("STT", "Họ và tên", "Ngày sinh", "Chi bộ"));
        if (partyClass.held()) {
            headers.add("Dự học");
        }
        Set<CandidateId> attended = Set.copyOf(partyClass.attended());
        List<List<Object>> rows = new ArrayList<>();
        int number = 1;
        for (CandidateId id : partyClass.enrolled()) {
            PersonalDetails person = people.get(id);
            Candidate candidate = candidates.get(id);
            UnitCode branch = candidate == null ? null : candidate.branch();
            List<Object> row = new ArrayList<>();
            row.add(number++);
            row.add(person == null ? id.value() : person.fullName());
            row.add(person == null ? null : person.dateOfBirth());
            row.add(branch == null ? null : units.containsKey(branch) ? units.get(branch).name() : branch.value());
            if (partyClass.held()) {
                row.add(attended.contains(id) ? "Có" : "Không");
            }
            rows.add(row);
        }
        String title = "Danh sách học viên " + partyClass.kind().vi() + ": " + partyClass.title();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XlsxTable.write("Danh sách lớp", title, headers, rows, out);
        } catch (IOException writing) {
            throw new UncheckedIOException(writing);
        }
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("danh-sach-lop-" + partyClass.id().value() + ".xlsx").build().toString())
                .body(out.toByteArray());
    }
}
