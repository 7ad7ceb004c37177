package vn.pdv.aggregator.keys;

import java.time.LocalDate;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * What the check needs of a record: its exact bytes as published, the signature, its path to the signed root and the
 * key id from its headers (null when missing), the committee whose log it claims (its key) and the day its event was recorded (Vietnam time; null when
 * the value does not decode, and then the key's validity dates are not checked: the record is refused as unreadable
 * anyway).
 */
public record SignedRecord(String topic, byte[] key, byte[] value, byte[] signature, byte[] path, String keyId,
                           UnitCode committee, LocalDate recordedOn) {
}
