package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/**
 * A committee's decision on a candidate (admission or recognition).
 *
 * @param deadlineExtended the committee used the extension of its deadline
 */
public record CommitteeDecision(UnitCode decidedBy, String number, LocalDate decidedOn, boolean deadlineExtended) {
}
