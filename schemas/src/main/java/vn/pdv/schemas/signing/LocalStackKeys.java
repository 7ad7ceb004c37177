package vn.pdv.schemas.signing;

import java.security.PublicKey;
import java.util.Optional;

/**
 * The local stack's committee keys: derived from the committee's code, so the demo's and tests' unit services, data
 * set writers and aggregator agree on them without handing files around. Anyone can derive them, which is why a
 * deployment never enables them ({@code pdv.signing.local-stack}) and their ids say where they come from.
 */
public final class LocalStackKeys {

    /** A local-stack key's id: {@code <committee code>}{@value}. */
    public static final String ID_SUFFIX = "@local-stack";

    private LocalStackKeys() {
    }

    public static String keyId(String committee) {
        return committee + ID_SUFFIX;
    }

    public static EventSigner signer(String committee) {
        return new EventSigner(keyId(committee), Ed25519Keys.wellKnown(committee).getPrivate());
    }

    /** The committee a local-stack key id names, and its public key; empty for any other id. */
    public static Optional<Committee> byId(String keyId) {
        if (keyId == null || !keyId.endsWith(ID_SUFFIX) || keyId.length() == ID_SUFFIX.length()) {
            return Optional.empty();
        }
        String committee = keyId.substring(0, keyId.length() - ID_SUFFIX.length());
        return Optional.of(new Committee(committee, Ed25519Keys.wellKnown(committee).getPublic()));
    }

    public record Committee(String code, PublicKey publicKey) {
    }
}
