package vn.pdv.unit.pipeline.importing;

import java.util.List;
import vn.pdv.unit.pipeline.CandidateId;

/**
 * What an import did, row by row.
 *
 * @param rows       data rows read (blank rows are not counted)
 * @param imported   rows recorded, or that would be on a dry run
 * @param refused    every fault of every refused row, in row order; nothing of those rows was written
 * @param candidates the candidate each imported row became (empty on a dry run)
 */
public record ImportReport(int rows, int imported, boolean dryRun, List<RowRefusal> refused, List<Imported> candidates) {

    public ImportReport {
        refused = List.copyOf(refused);
        candidates = List.copyOf(candidates);
    }

    public record Imported(int row, CandidateId candidate) {
    }
}
