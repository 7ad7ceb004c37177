package vn.pdv.aggregator.alert;

import java.util.Collection;
import java.util.Map;
import vn.pdv.aggregator.hierarchy.UnitCode;

/** Acknowledgements of alerts, one per alert and addressee; the first one stands. */
public interface Acknowledgements {

    /** @return false when the unit had acknowledged the alert already (the earlier acknowledgement is kept) */
    boolean add(Acknowledgement acknowledgement);

    /** The unit's acknowledgements of the given alerts, by alert. */
    Map<AlertId, Acknowledgement> of(UnitCode unit, Collection<AlertId> alerts);
}
