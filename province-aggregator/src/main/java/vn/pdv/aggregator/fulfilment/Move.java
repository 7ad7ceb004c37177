package vn.pdv.aggregator.fulfilment;

import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;

/** One event taking a candidate (by pseudonymous id) to a stage of the pipeline. */
public record Move(Origin origin, String candidateId, UnitCode unit, Stage stage) {
}
