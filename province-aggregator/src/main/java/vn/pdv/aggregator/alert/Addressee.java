package vn.pdv.aggregator.alert;

import vn.pdv.aggregator.hierarchy.UnitCode;

/** A committee an alert is addressed to, with the name it goes by in messages. */
public record Addressee(UnitCode code, String name) {
}
