package vn.pdv.unit.pipeline.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.pdv.unit.decision.RuleViolation;

/**
 * The outcome of checking a step against the rules: satisfied, needing a higher body's approval, or violated.
 * Violations win over approvals when checks are {@linkplain #allOf combined}: no approval can cure a broken rule.
 */
public sealed interface RuleCheck {

    record Satisfied() implements RuleCheck {
    }

    /** Allowed, but only with these approvals; the caller records them with the step. */
    record ApprovalRequired(List<RequiredApproval> approvals) implements RuleCheck {
        public ApprovalRequired {
            if (approvals.isEmpty()) {
                throw new IllegalArgumentException("an approval-required outcome needs at least one approval");
            }
            approvals = List.copyOf(approvals);
        }
    }

    record Violated(List<RuleViolation> violations) implements RuleCheck {
        public Violated {
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a violated outcome needs at least one violation");
            }
            violations = List.copyOf(violations);
        }
    }

    static RuleCheck satisfied() {
        return new Satisfied();
    }

    static RuleCheck violated(RuleViolation violation) {
        return new Violated(List.of(violation));
    }

    static RuleCheck approvalRequired(RequiredApproval approval) {
        return new ApprovalRequired(List.of(approval));
    }

    /** Every violation of every check; else every approval they need; else satisfied. */
    static RuleCheck allOf(List<RuleCheck> checks) {
        List<RuleViolation> violations = new ArrayList<>();
        List<RequiredApproval> approvals = new ArrayList<>();
        for (RuleCheck check : checks) {
            switch (Objects.requireNonNull(check)) {
                case Satisfied s -> { }
                case ApprovalRequired a -> approvals.addAll(a.approvals());
                case Violated v -> violations.addAll(v.violations());
            }
        }
        if (!violations.isEmpty()) {
            return new Violated(violations);
        }
        return approvals.isEmpty() ? satisfied() : new ApprovalRequired(approvals);
    }

    static RuleCheck allOf(RuleCheck... checks) {
        return allOf(List.of(checks));
    }

    /** True only when the step may go ahead as it is, with no approval pending. */
    default boolean isSatisfied() {
        return this instanceof Satisfied;
    }

    default List<RuleViolation> violations() {
        return this instanceof Violated v ? v.violations() : List.of();
    }

    default List<RequiredApproval> approvalsRequired() {
        return this instanceof ApprovalRequired a ? a.approvals() : List.of();
    }

    /**
     * The outcome once the given authorities have approved: approvals they cover are dropped,
     * so a fully approved step becomes {@link Satisfied}. Violations stay.
     */
    default RuleCheck withApprovalsGranted(Set<ApprovingAuthority> granted) {
        if (!(this instanceof ApprovalRequired required)) {
            return this;
        }
        List<RequiredApproval> pending = required.approvals().stream()
                .filter(approval -> !granted.contains(approval.authority()))
                .toList();
        return pending.isEmpty() ? satisfied() : new ApprovalRequired(pending);
    }
}
