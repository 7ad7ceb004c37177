package vn.pdv.unit.pipeline.importing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleViolation;
import vn.pdv.unit.organisation.Units;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.People;
import vn.pdv.unit.pipeline.SourceCreated;
import vn.pdv.unit.pipeline.SympathiserAdded;
import vn.pdv.unit.pipeline.application.Pipeline;
import vn.pdv.unit.pipeline.importing.ImportReport;
import vn.pdv.unit.pipeline.importing.RowRefusal;
import vn.pdv.unit.pipeline.importing.SympathiserEntry;
import vn.pdv.unit.pipeline.importing.SympathiserList;
import vn.pdv.unit.pipeline.importing.UnreadableFileException;

/**
 * Imports a committee's existing sympathiser list: each sound row is recorded exactly as if staff had typed it in,
 * through {@link Pipeline#identifySource} (identified on the day the person was added to the list) and then
 * {@link Pipeline#addToSympathisers}, so every rule applies and both events are logged for publication; personal data
 * goes only to {@code People}.
 *
 * <p>The whole list is checked before its first write ({@link SympathiserList}), duplicates included, so a refused row
 * writes nothing. The second step cannot then be refused: the new source is at stage SOURCE and the list step is dated
 * on its identification day. Should it be refused anyway (another writer acting on the fresh candidate in between),
 * the refusal is reported with the candidate id so staff can finish the row by hand. "Today", which no date of birth
 * may reach and no listing pass, is the committee's day on the service's clock.
 *
 * <p>Known limit: rows are recorded one by one, not as a transaction; a crash mid-file leaves the rows before it
 * imported, and importing the file again refuses those as duplicates.
 */
@Service
public class SympathiserImport {

    private final Pipeline pipeline;
    private final Units units;
    private final People people;
    private final Clock clock;

    SympathiserImport(Pipeline pipeline, Units units, People people, Clock clock) {
        this.pipeline = pipeline;
        this.units = units;
        this.people = people;
        this.clock = clock;
    }

    public ImportReport importList(String fileName, byte[] content, boolean dryRun) throws UnreadableFileException {
        SympathiserList list = SympathiserList.check(fileName, content, units.all(), people, LocalDate.now(clock));
        List<RowRefusal> refused = new ArrayList<>(list.refused());
        List<ImportReport.Imported> imported = new ArrayList<>();
        int sound = 0;
        for (SympathiserEntry entry : list.entries()) {
            RowRefusal refusal = dryRun ? null : record(entry, imported);
            if (refusal == null) {
                sound++;
            } else {
                refused.add(refusal);
            }
        }
        refused.sort(Comparator.comparingInt(RowRefusal::row));
        return new ImportReport(list.rows(), sound, dryRun, refused, imported);
    }

    /** Both steps; the refusal when one is refused. */
    private RowRefusal record(SympathiserEntry entry, List<ImportReport.Imported> imported) {
        CandidateId candidate;
        switch (pipeline.identifySource(entry.source())) {
            case Outcome.Accepted<SourceCreated>(SourceCreated created) -> candidate = created.candidate();
            case Outcome.Refused<SourceCreated> refused -> {
                return refusal(entry.row(), refused.violation(), null);
            }
        }
        var added = pipeline.addToSympathisers(candidate, entry.addedOn(), entry.resolutionNumber(), entry.helper())
                .orElseThrow(() -> new IllegalStateException("The source just identified is gone: " + candidate));
        return switch (added) {
            case Outcome.Accepted<SympathiserAdded> accepted -> {
                imported.add(new ImportReport.Imported(entry.row(), candidate));
                yield null;
            }
            case Outcome.Refused<SympathiserAdded> refused -> refusal(entry.row(), refused.violation(), candidate);
        };
    }

    private static RowRefusal refusal(int row, RuleViolation violation, CandidateId recordedAsSource) {
        Bilingual message = recordedAsSource == null ? violation.message() : Bilingual.of(
                violation.message().vi() + " Đã ghi nhận là nguồn (mã " + recordedAsSource + "); hãy nhập bước này bằng tay.",
                violation.message().en() + " Recorded as a source (id " + recordedAsSource + "); enter this step by hand.");
        return new RowRefusal(row, violation.field(), violation.code().name(), message);
    }
}
