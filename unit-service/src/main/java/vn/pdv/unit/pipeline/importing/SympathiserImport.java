package vn.pdv.unit.pipeline.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.pdv.unit.Outcome;
import vn.pdv.unit.organisation.Units;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.People;
import vn.pdv.unit.pipeline.Pipeline;
import vn.pdv.unit.pipeline.SourceCreated;
import vn.pdv.unit.pipeline.SympathiserAdded;
import vn.pdv.unit.pipeline.rules.Bilingual;
import vn.pdv.unit.pipeline.rules.RuleViolation;

/**
 * Imports a committee's existing sympathiser list: each sound row is recorded exactly as if staff had typed it in,
 * through {@link Pipeline#identifySource} (identified on the day the person was added to the list) and then
 * {@link Pipeline#addToSympathisers}, so every rule applies and both events are logged for publication; personal data
 * goes only to {@code People}.
 *
 * <p>A row is checked whole before its first write ({@link RowReader}), duplicates included (same full name and date
 * of birth earlier in the file or already on record), so a refused row writes nothing. The second step cannot then be
 * refused: the new source is at stage SOURCE and the list step is dated on its identification day. Should it be
 * refused anyway (another writer acting on the fresh candidate in between), the refusal is reported with the
 * candidate id so staff can finish the row by hand.
 *
 * <p>Known limit: rows are recorded one by one, not as a transaction; a crash mid-file leaves the rows before it
 * imported, and importing the file again refuses those as duplicates.
 */
@Service
public class SympathiserImport {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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
        List<ListRow> rows = SympathiserSheet.read(fileName, content);
        RowReader reader = new RowReader(new Branches(units.all()), LocalDate.now(clock.withZone(VIETNAM)));
        Map<String, Integer> seen = new HashMap<>();
        List<RowRefusal> refused = new ArrayList<>();
        List<ImportReport.Imported> imported = new ArrayList<>();
        int sound = 0;
        for (ListRow row : rows) {
            switch (reader.read(row)) {
                case RowReader.Read.Refused(List<RowRefusal> refusals) -> refused.addAll(refusals);
                case RowReader.Read.Sound(SympathiserEntry entry) -> {
                    RowRefusal duplicate = duplicate(entry, seen);
                    if (duplicate != null) {
                        refused.add(duplicate);
                    } else if (dryRun) {
                        sound++;
                    } else {
                        RowRefusal refusal = record(entry, imported);
                        if (refusal == null) {
                            sound++;
                        } else {
                            refused.add(refusal);
                        }
                    }
                }
            }
        }
        return new ImportReport(rows.size(), sound, dryRun, refused, imported);
    }

    private RowRefusal duplicate(SympathiserEntry entry, Map<String, Integer> seen) {
        var person = entry.source().person();
        String name = Column.normalise(person.fullName());
        Integer earlier = seen.putIfAbsent(name + "|" + person.dateOfBirth(), entry.row());
        if (earlier != null) {
            return RowRefusal.of(entry.row(), Column.FULL_NAME, "Duplicate",
                    person.fullName() + ", sinh " + person.dateOfBirth() + ", trùng với dòng " + earlier + ".",
                    person.fullName() + ", born " + person.dateOfBirth() + ", repeats row " + earlier + ".");
        }
        if (people.bornOn(person.dateOfBirth()).stream().map(known -> Column.normalise(known.fullName())).anyMatch(name::equals)) {
            return RowRefusal.of(entry.row(), Column.FULL_NAME, "Duplicate",
                    person.fullName() + ", sinh " + person.dateOfBirth() + ", đã có trong hồ sơ của đảng ủy.",
                    person.fullName() + ", born " + person.dateOfBirth() + ", is already on this committee's records.");
        }
        return null;
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
