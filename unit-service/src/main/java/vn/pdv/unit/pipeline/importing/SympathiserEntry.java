package vn.pdv.unit.pipeline.importing;

import java.time.LocalDate;
import vn.pdv.unit.pipeline.NewSource;
import vn.pdv.unit.pipeline.rules.MemberRef;

/** A sound row: the source to identify, on the day the branch put the person on the list, and that list step. */
public record SympathiserEntry(int row, NewSource source, LocalDate addedOn, String resolutionNumber, MemberRef helper) {
}
