package app.bonusbot.core.report;

import java.util.Optional;

/**
 * A figure made of a group of people that is shown only when the group is big enough: at least k people, and not the
 * last small piece of a whole whose other pieces are shown (the whole minus the shown pieces would give it away).
 */
public sealed interface Slice<T> {

    /** @param value the figure */
    record Shown<T>(T value) implements Slice<T> {}

    /** @param minGroupSize k, the fewest people a shown figure is made of */
    record Hidden<T>(int minGroupSize) implements Slice<T> {}

    static <T> Slice<T> shown(T value) {
        return new Shown<>(value);
    }

    static <T> Slice<T> hidden(int minGroupSize) {
        return new Hidden<>(minGroupSize);
    }

    default Optional<T> shownValue() {
        return this instanceof Shown<T> s ? Optional.of(s.value()) : Optional.empty();
    }

    default boolean isShown() {
        return this instanceof Shown;
    }
}
