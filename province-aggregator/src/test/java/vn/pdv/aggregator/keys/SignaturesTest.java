package vn.pdv.aggregator.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.schemas.signing.Ed25519Keys;
import vn.pdv.schemas.signing.EventSignatures;

/** The check in front of the intake, over a directory in a map: each way a record is refused, and rotation. */
class SignaturesTest {

    private static final UnitCode DUK_01 = new UnitCode("DUK-01");
    private static final byte[] VALUE = {0, 0, 0, 0, 9, 1, 2, 3};
    private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);

    private final KeyPair first = Ed25519Keys.generate();
    private final KeyPair second = Ed25519Keys.generate();
    private final KeyPair theirs = Ed25519Keys.generate();
    private final Map<KeyId, CommitteeKey> directory = Map.of(
            new KeyId("DUK-01-1"), CommitteeKey.registered(new KeyId("DUK-01-1"), DUK_01, first.getPublic(),
                    LocalDate.of(2024, 1, 1), LocalDate.of(2025, 5, 31)),
            new KeyId("DUK-01-2"), CommitteeKey.registered(new KeyId("DUK-01-2"), DUK_01, second.getPublic(),
                    JUNE_1, null),
            new KeyId("DUK-26-1"), CommitteeKey.registered(new KeyId("DUK-26-1"), new UnitCode("DUK-26"),
                    theirs.getPublic(), LocalDate.of(2024, 1, 1), null));

    @Test
    void acceptsEachEventByTheKeyValidOnTheDayItWasRecordedSoARotationVerifiesOnReplay() {
        assertThat(check(signed(first, "DUK-01-1", JUNE_1.minusDays(1)))).isEmpty();
        assertThat(check(signed(second, "DUK-01-2", JUNE_1))).isEmpty();
    }

    @Test
    void refusesByTheFirstThingWrong() {
        assertThat(reason(new SignedRecord("pdv.unit-events", key(), VALUE, null, null, null, DUK_01, JUNE_1)))
                .isEqualTo(Refusal.Reason.UNSIGNED);
        assertThat(reason(signed(first, "DUK-01-9", JUNE_1))).isEqualTo(Refusal.Reason.UNKNOWN_KEY);
        assertThat(reason(signed(theirs, "DUK-26-1", JUNE_1))).isEqualTo(Refusal.Reason.ANOTHER_COMMITTEES_KEY);
        assertThat(reason(signed(theirs, "DUK-01-2", JUNE_1))).isEqualTo(Refusal.Reason.BAD_SIGNATURE);
        assertThat(reason(signed(first, "DUK-01-1", JUNE_1))).isEqualTo(Refusal.Reason.KEY_EXPIRED);
        assertThat(reason(signed(second, "DUK-01-2", JUNE_1.minusDays(1)))).isEqualTo(Refusal.Reason.KEY_NOT_YET_VALID);
    }

    @Test
    void refusesEverythingARevokedKeySignedWhenever() {
        Map<KeyId, CommitteeKey> revoked = Map.of(new KeyId("DUK-01-1"), directory.get(new KeyId("DUK-01-1"))
                .revoked(Instant.parse("2025-03-01T00:00:00Z"), "lost"));

        assertThat(Signatures.check(signed(first, "DUK-01-1", LocalDate.of(2024, 2, 1)),
                id -> Optional.ofNullable(revoked.get(id)))).get().extracting(Refusal::reason)
                .isEqualTo(Refusal.Reason.REVOKED_KEY);
    }

    @Test
    void namesKeysAndUnitsNeverTheRecordsContent() {
        Refusal refusal = check(signed(theirs, "DUK-26-1", JUNE_1)).orElseThrow();

        assertThat(refusal.line()).isEqualTo("another-committees-key: key DUK-26-1 is DUK-26's, the record claims "
                + "DUK-01's log");
    }

    private Optional<Refusal> check(SignedRecord record) {
        return Signatures.check(record, id -> Optional.ofNullable(directory.get(id)));
    }

    private Refusal.Reason reason(SignedRecord record) {
        return check(record).orElseThrow().reason();
    }

    private static SignedRecord signed(KeyPair pair, String keyId, LocalDate recordedOn) {
        var batch = EventSignatures.sign(pair.getPrivate(), List.of(EventSignatures.leaf("pdv.unit-events", key(), VALUE)));
        return new SignedRecord("pdv.unit-events", key(), VALUE, batch.signature(), batch.paths().getFirst(), keyId,
                DUK_01, recordedOn);
    }

    private static byte[] key() {
        return "DUK-01".getBytes(StandardCharsets.UTF_8);
    }
}
