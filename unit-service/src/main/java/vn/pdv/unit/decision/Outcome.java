package vn.pdv.unit.decision;

import java.util.List;
import java.util.function.Function;

/**
 * What a state change yields: the past-tense event it produced, or every rule it would have broken
 * ({@link RuleViolation}, the service's one way of saying "no").
 */
public sealed interface Outcome<E> {

    record Accepted<E>(E event) implements Outcome<E> {
    }

    /** @param violations at least one; the first is the one a client shows first */
    record Refused<E>(List<RuleViolation> violations) implements Outcome<E> {
        public Refused {
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a refusal names at least one broken rule");
            }
            violations = List.copyOf(violations);
        }

        public RuleViolation violation() {
            return violations.getFirst();
        }
    }

    static <E> Outcome<E> accepted(E event) {
        return new Accepted<>(event);
    }

    static <E> Outcome<E> refused(RuleViolation violation) {
        return new Refused<>(List.of(violation));
    }

    static <E> Outcome<E> refused(List<RuleViolation> violations) {
        return new Refused<>(violations);
    }

    default <R> Outcome<R> map(Function<E, R> mapper) {
        return switch (this) {
            case Accepted<E> accepted -> accepted(mapper.apply(accepted.event()));
            case Refused<E> refused -> refused(refused.violations());
        };
    }

    /** Chains a further decision on an accepted event; a refusal passes through. */
    default <R> Outcome<R> then(Function<E, Outcome<R>> next) {
        return switch (this) {
            case Accepted<E> accepted -> next.apply(accepted.event());
            case Refused<E> refused -> refused(refused.violations());
        };
    }
}
