package vn.pdv.unit.pipeline.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.pipeline.People;

/**
 * A committee's existing sympathiser list, read and checked whole before anything of it is recorded: each row is an
 * entry ready to record or every reason it is refused. Each row is checked as completely as the API checks the two
 * requests it stands for ({@link RowReader}), and a row naming the same full name and date of birth as a row earlier
 * in the file, or as someone already on the committee's records, is refused as a duplicate.
 *
 * @param rows    data rows read (blank rows are not counted)
 * @param entries the sound rows, in row order
 * @param refused every fault of every refused row, in row order
 */
public record SympathiserList(int rows, List<SympathiserEntry> entries, List<RowRefusal> refused) {

    public SympathiserList {
        entries = List.copyOf(entries);
        refused = List.copyOf(refused);
    }

    /**
     * @param units the committee's registered units, which a row may name by code or by name
     * @param today the committee's day: no one is born on or after it, no one was listed after it
     * @throws UnreadableFileException when the file is not a list at all
     */
    public static SympathiserList check(String fileName, byte[] content, List<Unit> units, People people,
                                        LocalDate today) throws UnreadableFileException {
        List<ListRow> rows = SympathiserSheet.read(fileName, content);
        RowReader reader = new RowReader(new Branches(units), today);
        Map<String, Integer> seen = new HashMap<>();
        List<SympathiserEntry> entries = new ArrayList<>();
        List<RowRefusal> refused = new ArrayList<>();
        for (ListRow row : rows) {
            switch (reader.read(row)) {
                case RowReader.Read.Refused(List<RowRefusal> refusals) -> refused.addAll(refusals);
                case RowReader.Read.Sound(SympathiserEntry entry) -> {
                    RowRefusal duplicate = duplicate(entry, seen, people);
                    if (duplicate == null) {
                        entries.add(entry);
                    } else {
                        refused.add(duplicate);
                    }
                }
            }
        }
        return new SympathiserList(rows.size(), entries, refused);
    }

    private static RowRefusal duplicate(SympathiserEntry entry, Map<String, Integer> seen, People people) {
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
}
