package vn.pdv.unit.pipeline.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.RuleCode;

/** A step that is allowed only once the named authority approves it, and why. */
public record RequiredApproval(RuleCode code, ApprovingAuthority authority, Map<String, String> values, Bilingual message) {

    public RequiredApproval {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(message, "message");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
