package vn.pdv.aggregator.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * Alerts as raised and delivered. Each is one document, written without transactions: an insert that fails on a
 * known id, then delivery updates made only by the instance that holds the alert's claim.
 */
public interface Alerts {

    /** @return false when an alert with this id exists already (another instance, or an earlier try, raised it) */
    boolean add(Alert alert);

    /**
     * {@link #add Adds} each alert, all in one write: those raised before are left as they are.
     *
     * @return how many were new
     */
    int addAll(List<Alert> alerts);

    Optional<Alert> find(AlertId id);

    /** Alerts addressed to the unit raised at or after {@code since}, newest first, at most {@code limit}. */
    List<Alert> addressedTo(UnitCode unit, Instant since, int limit);

    /** Alerts with a delivery due by {@code now} that nobody holds a live claim on, oldest first. */
    List<Alert> due(Instant now, int limit);

    /** Takes the alert's claim until {@code until}, if nobody holds a live one. */
    boolean claim(AlertId id, String owner, Instant now, Instant until);

    /** Records the deliveries and releases the claim, if {@code owner} still holds it. */
    boolean recordDeliveries(AlertId id, String owner, List<Delivery> deliveries);
}
