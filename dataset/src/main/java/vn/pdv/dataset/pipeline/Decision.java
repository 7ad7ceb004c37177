package vn.pdv.dataset.pipeline;

import java.time.LocalDate;
import vn.pdv.dataset.organisation.UnitCode;

/** A committee's decision (to admit, to recognise): by whom, its number, its day. */
public record Decision(UnitCode decidedBy, String number, LocalDate decidedOn, boolean deadlineExtended) {
}
