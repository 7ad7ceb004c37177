package vn.pdv.aggregator.alert;

import java.time.Instant;
import java.util.Objects;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * A committee saying it has seen an alert addressed to it. Each addressee acknowledges for itself: the bloc having seen
 * a unit's alert does not mean the unit has.
 *
 * @param by the account that acknowledged (its user name, never a person's name from a unit service)
 */
public record Acknowledgement(AlertId alert, UnitCode unit, String by, Instant at) {

    public Acknowledgement {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
