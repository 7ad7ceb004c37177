package vn.pdv.aggregator.keys.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.keys.CommitteeKey;
import vn.pdv.aggregator.keys.KeyId;
import vn.pdv.aggregator.keys.application.KeyRegistry;
import vn.pdv.common.security.Caller;
import vn.pdv.common.web.InvalidValue;
import vn.pdv.common.web.Problems;
import vn.pdv.schemas.signing.Ed25519Keys;

/**
 * The province's key directory, the province administrator's alone: {@code POST /api/keys} registers a committee's
 * public key (PEM, as {@code openssl pkey -pubout} writes it) under a new id with its validity; {@code GET /api/keys}
 * lists them; {@code POST /api/keys/{id}/revocation} revokes one for good; {@code POST /api/keys/{id}/retirement}
 * ends one's validity on a day. A rotation is a new key registered and the old one's validity ended: not a
 * revocation, so that the old key's events verify on every replay. Ids are never reused.
 */
@RestController
class KeyController {

    /** Letters, digits and {@code . _ : @ -}: what a header and a path segment carry unescaped. */
    static final String KEY_ID = "[A-Za-z0-9._:@-]+";

    private final KeyRegistry registry;

    KeyController(KeyRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param validUntil the last day events may be recorded under it; null while current
     */
    record KeyRequest(@NotNull @Size(min = 1, max = KeyId.MAX_LENGTH) @Pattern(regexp = KEY_ID) String keyId,
                      @NotNull @Pattern(regexp = UnitCode.PATTERN) String committee,
                      @NotNull PublicKeyPem publicKey, @NotNull LocalDate validFrom, LocalDate validUntil) {
    }

    record RevocationRequest(@NotNull @Size(min = 1, max = 500) String reason) {
    }

    /** @param lastDay the last day events may be recorded under the key */
    record RetirementRequest(@NotNull LocalDate lastDay) {
    }

    /** An Ed25519 public key in PEM (or its base64 body alone). */
    record PublicKeyPem(PublicKey key) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static PublicKeyPem read(String text) {
            try {
                return new PublicKeyPem(Ed25519Keys.publicKey(text == null ? "" : text));
            } catch (IllegalArgumentException notAKey) {
                throw new InvalidValue("invalid-public-key",
                        "Khóa công khai không hợp lệ: cần khóa Ed25519 dạng PEM (BEGIN PUBLIC KEY).",
                        "The public key is not valid: give an Ed25519 key as PEM (BEGIN PUBLIC KEY).");
            }
        }
    }

    record KeyView(String keyId, String committee, String publicKey, LocalDate validFrom, LocalDate validUntil,
                   Instant revokedAt, String revocationReason) {

        static KeyView of(CommitteeKey key) {
            return new KeyView(key.id().value(), key.committee().value(), Ed25519Keys.pem(key.publicKey()),
                    key.validFrom(), key.validUntil(), key.revokedAt(), key.revocationReason());
        }
    }

    @GetMapping("/api/keys")
    @PreAuthorize("@provinceAccess.toAdminister(#caller)")
    List<KeyView> list(Caller caller) {
        return registry.all().stream().map(KeyView::of).toList();
    }

    @PostMapping("/api/keys")
    @PreAuthorize("@provinceAccess.toAdminister(#caller)")
    ResponseEntity<?> register(Caller caller, @Valid @RequestBody KeyRequest request) {
        if (request.validUntil() != null && request.validUntil().isBefore(request.validFrom())) {
            return ResponseEntity.badRequest().body(Problems.problem(HttpStatus.BAD_REQUEST, "validity-reversed",
                    "Ngày hết hiệu lực (validUntil) phải không trước ngày bắt đầu hiệu lực (validFrom).",
                    "validUntil must not be before validFrom.", "validUntil"));
        }
        CommitteeKey key = CommitteeKey.registered(new KeyId(request.keyId()), new UnitCode(request.committee()),
                request.publicKey().key(), request.validFrom(), request.validUntil());
        if (!registry.register(key, caller.subject())) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.problem(HttpStatus.CONFLICT, "key-id-taken",
                    "Mã khóa " + request.keyId() + " đã được dùng; mỗi khóa mới cần một mã mới.",
                    "Key id " + request.keyId() + " is taken; every new key needs a new id.", "keyId"));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(KeyView.of(key));
    }

    @PostMapping("/api/keys/{keyId}/revocation")
    @PreAuthorize("@provinceAccess.toAdminister(#caller)")
    ResponseEntity<?> revoke(Caller caller, @PathVariable String keyId, @Valid @RequestBody RevocationRequest request) {
        return registry.revoke(new KeyId(keyId), request.reason(), caller.subject())
                .<ResponseEntity<?>>map(key -> ResponseEntity.ok(KeyView.of(key)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound(
                        "Không có khóa mã " + keyId + ".", "No key with id " + keyId + ".")));
    }

    @PostMapping("/api/keys/{keyId}/retirement")
    @PreAuthorize("@provinceAccess.toAdminister(#caller)")
    ResponseEntity<?> retire(Caller caller, @PathVariable String keyId, @Valid @RequestBody RetirementRequest request) {
        KeyId id = new KeyId(keyId);
        Optional<CommitteeKey> key = registry.find(id);
        if (key.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound(
                    "Không có khóa mã " + keyId + ".", "No key with id " + keyId + "."));
        }
        if (request.lastDay().isBefore(key.get().validFrom())) {
            return ResponseEntity.badRequest().body(Problems.problem(HttpStatus.BAD_REQUEST, "validity-reversed",
                    "Ngày cuối hiệu lực (lastDay) phải không trước ngày bắt đầu hiệu lực " + key.get().validFrom() + ".",
                    "lastDay must not be before the key's first day, " + key.get().validFrom() + ".", "lastDay"));
        }
        if (key.get().until().filter(until -> until.isBefore(request.lastDay())).isPresent()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.problem(HttpStatus.CONFLICT,
                    "validity-only-shortened", "Khóa " + keyId + " đã hết hiệu lực từ sau ngày " + key.get().validUntil()
                            + "; không thể kéo dài hiệu lực, hãy đăng ký khóa mới.",
                    "Key " + keyId + " is valid only until " + key.get().validUntil() + "; a validity cannot be "
                            + "extended: register a new key.", "lastDay"));
        }
        return registry.endValidity(id, request.lastDay(), caller.subject())
                .<ResponseEntity<?>>map(ended -> ResponseEntity.ok(KeyView.of(ended)))
                .orElseThrow();
    }
}
