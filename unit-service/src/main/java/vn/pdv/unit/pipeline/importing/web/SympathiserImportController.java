package vn.pdv.unit.pipeline.importing.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.pdv.unit.pipeline.importing.ImportReport;
import vn.pdv.unit.pipeline.importing.RowRefusal;
import vn.pdv.unit.pipeline.importing.UnreadableFileException;
import vn.pdv.unit.pipeline.importing.application.SympathiserImport;

/**
 * {@code POST /api/sympathisers/import}: a sympathiser list as a multipart {@code file} part (.csv or .xlsx). 200 with
 * the row-by-row report; 400 problem detail when the file cannot be read as a list at all, and then nothing is
 * written. {@code ?dryRun=true} checks every row and writes nothing.
 */
@RestController
@RequestMapping("/api/sympathisers")
class SympathiserImportController {

    private final SympathiserImport importer;

    SympathiserImportController(SympathiserImport importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importList(@RequestPart("file") MultipartFile file,
                                 @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        try {
            return ResponseEntity.ok(ReportView.of(importer.importList(file.getOriginalFilename(), file.getBytes(), dryRun)));
        } catch (UnreadableFileException unreadable) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable.reason().vi());
            problem.setType(URI.create("urn:pdv:problem:unreadable-file"));
            problem.setTitle("Không đọc được danh sách");
            problem.setProperty("titleEn", "The list cannot be read");
            problem.setProperty("detailEn", unreadable.reason().en());
            return ResponseEntity.badRequest().body(problem);
        }
    }

    record ReportView(int rows, int imported, boolean dryRun, List<RefusalView> refused, List<CandidateView> candidates) {

        static ReportView of(ImportReport report) {
            return new ReportView(report.rows(), report.imported(), report.dryRun(),
                    report.refused().stream().map(RefusalView::of).toList(),
                    report.candidates().stream()
                            .map(imported -> new CandidateView(imported.row(), imported.candidate().value())).toList());
        }
    }

    record RefusalView(int row, String column, String rule, String message, String messageEn) {

        static RefusalView of(RowRefusal refusal) {
            return new RefusalView(refusal.row(), refusal.column(), refusal.rule(), refusal.message().vi(),
                    refusal.message().en());
        }
    }

    record CandidateView(int row, String candidateId) {
    }
}
