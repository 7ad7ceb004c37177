package vn.pdv.unit.outbox.kafka;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.pdv.schemas.signing.Ed25519Keys;
import vn.pdv.schemas.signing.EventSigner;
import vn.pdv.schemas.signing.LocalStackKeys;
import vn.pdv.unit.CommitteeProperties;

/** The relay's signer, from the key file a deployment mounts or, in the demo and tests, the local stack's key. */
@Configuration(proxyBeanMethods = false)
class EventSigning {

    private static final Logger LOG = LoggerFactory.getLogger(EventSigning.class);

    @Bean
    EventSigner eventSigner(SigningProperties signing, CommitteeProperties committee) {
        if (signing.keyFile() != null) {
            String keyId = signing.keyId() == null || signing.keyId().isBlank() ? committee.code() + "-1"
                    : signing.keyId();
            EventSigner signer = new EventSigner(keyId, Ed25519Keys.readPrivateKey(signing.keyFile()));
            LOG.info("Events are signed with key {} from {}", keyId, signing.keyFile());
            return signer;
        }
        if (signing.localStack()) {
            LOG.warn("Events are signed with the local stack's well-known key of {}: demo and tests only",
                    committee.code());
            return LocalStackKeys.signer(committee.code());
        }
        throw new IllegalStateException("No signing key: set pdv.signing.key-file (PDV_SIGNING_KEY_FILE) to the "
                + "committee's Ed25519 PKCS#8 PEM key, or pdv.signing.local-stack=true on the local stack");
    }
}
