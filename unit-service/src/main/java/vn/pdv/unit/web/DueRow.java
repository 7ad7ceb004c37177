package vn.pdv.unit.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.pdv.common.ui.PageLocales;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.Stage;
import vn.pdv.unit.pipeline.application.CandidateDirectory;
import vn.pdv.unit.pipeline.application.Pipeline;

/**
 * One line of a deadline table (the home page's and the deadlines page's): whose, what, by when.
 *
 * @param who   the person's name, or null when the reader may not see it (the page shows the candidate id)
 * @param what  what must happen, in the reader's language, as the rules word it
 */
public record DueRow(String candidateId, String who, String branch, Stage stage, String what, LocalDate dueBy) {

    public static List<DueRow> of(List<Pipeline.Due> due, Map<CandidateId, CandidateDirectory.Row> rows, Locale locale) {
        boolean english = PageLocales.supported(locale).equals(PageLocales.ENGLISH);
        return due.stream().map(item -> {
            CandidateDirectory.Row row = rows.get(item.candidate().id());
            return new DueRow(item.candidate().id().value(),
                    row == null || row.person() == null ? null : row.person().fullName(),
                    row == null ? item.candidate().branch().value() : row.branchName(), item.candidate().stage(),
                    english ? item.item().description().en() : item.item().description().vi(), item.item().dueBy());
        }).toList();
    }

    /** The steps recorded with a finding: {@code dueBy} is the day the step happened, {@code what} the finding. */
    public static List<DueRow> ofLate(List<Pipeline.Late> late, Map<CandidateId, CandidateDirectory.Row> rows,
                                      Locale locale) {
        boolean english = PageLocales.supported(locale).equals(PageLocales.ENGLISH);
        return late.stream().map(line -> {
            CandidateDirectory.Row row = rows.get(line.candidate().id());
            return new DueRow(line.candidate().id().value(),
                    row == null || row.person() == null ? null : row.person().fullName(),
                    row == null ? line.candidate().branch().value() : row.branchName(), line.candidate().stage(),
                    english ? line.finding().message().en() : line.finding().message().vi(), line.step().occurredOn());
        }).toList();
    }
}
