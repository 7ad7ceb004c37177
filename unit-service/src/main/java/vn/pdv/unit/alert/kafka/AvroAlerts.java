package vn.pdv.unit.alert.kafka;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.pdv.events.AlertRaised;
import vn.pdv.events.FulfilmentStatus;
import vn.pdv.unit.alert.Alert;
import vn.pdv.unit.alert.AlertId;
import vn.pdv.unit.alert.AlertKind;
import vn.pdv.unit.alert.PlanStatus;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.organisation.UnitCode;

/** Turns the aggregator's {@link AlertRaised} into the inbox's {@link Alert}; the one direction this service needs. */
final class AvroAlerts {

    private AvroAlerts() {
    }

    /** @throws IllegalArgumentException when the record names an impossible unit code or percentage */
    static Alert toAlert(AlertRaised raised) {
        return new Alert(new AlertId(raised.getAlertId()), new UnitCode(raised.getUnitCode()),
                kind(raised.getKind()), status(raised.getStatus()),
                raised.getPreviousStatus() == null ? null : status(raised.getPreviousStatus()),
                raised.getMetric(), raised.getPeriodLabel(), raised.getQuota(), raised.getActual(),
                raised.getPercentOfPlan() == null ? null : new BigDecimal(raised.getPercentOfPlan()),
                raised.getRaisedAt(), Bilingual.of(raised.getMessageVi(), raised.getMessageEn()), null, null);
    }

    /** The addressees that are unit codes at all; anything else cannot be a unit of this committee. */
    static List<UnitCode> addressees(AlertRaised raised) {
        return raised.getAddressedTo().stream().map(Objects::toString)
                .filter(code -> code.matches(UnitCode.PATTERN)).map(UnitCode::new).toList();
    }

    private static AlertKind kind(vn.pdv.events.AlertKind kind) {
        return switch (kind) {
            case STATUS_CHANGED -> AlertKind.STATUS_CHANGED;
            case DIGEST -> AlertKind.DIGEST;
            // A refused record concerns the province's administrators, who do not read a committee's inbox.
            case OTHER, EVENT_REFUSED -> AlertKind.OTHER;
        };
    }

    private static PlanStatus status(FulfilmentStatus status) {
        return switch (status) {
            case MET -> PlanStatus.MET;
            case ON_TRACK -> PlanStatus.ON_TRACK;
            case AT_RISK -> PlanStatus.AT_RISK;
            case LAGGING -> PlanStatus.LAGGING;
            case UNKNOWN -> PlanStatus.UNKNOWN;
        };
    }
}
