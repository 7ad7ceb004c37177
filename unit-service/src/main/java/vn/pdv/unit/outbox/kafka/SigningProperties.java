package vn.pdv.unit.outbox.kafka;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The committee's event-signing key ({@code pdv.signing.*}).
 *
 * @param keyFile    the Ed25519 private key, PKCS#8 PEM ({@code PDV_SIGNING_KEY_FILE}, mounted from a secret)
 * @param keyId      the id the province's key directory knows the key by ({@code PDV_SIGNING_KEY_ID}); defaults to
 *                   {@code <committee code>-1}
 * @param localStack sign with the local stack's well-known key of this committee instead of a file, id
 *                   {@code <code>@local-stack}: the demo's and tests' only (its private half is public knowledge)
 */
@ConfigurationProperties("pdv.signing")
public record SigningProperties(Path keyFile, String keyId, @DefaultValue("false") boolean localStack) {
}
