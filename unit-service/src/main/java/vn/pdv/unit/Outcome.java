package vn.pdv.unit;

import java.util.function.Function;

/** What a state change yields: the past-tense event it produced, or the rule it would have broken. */
public sealed interface Outcome<E> {

    record Accepted<E>(E event) implements Outcome<E> {
    }

    record Refused<E>(Refusal refusal) implements Outcome<E> {
    }

    static <E> Outcome<E> accepted(E event) {
        return new Accepted<>(event);
    }

    static <E> Outcome<E> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    default <R> Outcome<R> map(Function<E, R> mapper) {
        return switch (this) {
            case Accepted<E> accepted -> accepted(mapper.apply(accepted.event()));
            case Refused<E> refused -> refused(refused.refusal());
        };
    }
}
