package app.bonusbot.core.survey;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.plan.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One survey question as configured.
 *
 * @param options the choices of a single-choice question, in the order shown; empty for the other kinds
 * @param prerequisite which prerequisite of a good bonus model the question is about, if any
 */
public record Question(String id, QuestionType type, LocalizedText text, List<ChoiceOption> options, Optional<Prerequisite> prerequisite) {

    /** Long enough for a considered paragraph, short enough that nobody pastes a document into a survey. */
    public static final int MAX_FREE_TEXT = 2000;

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        options = List.copyOf(options);
        if ((type == QuestionType.SINGLE_CHOICE) == options.isEmpty()) {
            throw new IllegalArgumentException("question " + id + ": single-choice questions and only they have options");
        }
    }

    /** What a person typed or clicked, checked against the question: the value to store, or why it is refused. */
    public sealed interface Reading {
        /** @param value the stored form: the number, the option id or the trimmed text */
        record Accepted(String value) implements Reading {}

        /** @param textKey the text saying what is expected, filled with {@code args} */
        record Refused(String textKey, List<String> args) implements Reading {}
    }

    /**
     * Reads an answer. Scales take a whole number in range; a single choice takes the option's id, its number in the
     * list (1 is the first) or its label in the person's language; free text takes any text that is not blank.
     */
    public Reading read(String input, Language language) {
        String answer = input == null ? "" : input.strip();
        if (answer.isEmpty()) {
            return new Reading.Refused("feedback.invalid.empty", List.of());
        }
        if (type.numeric()) {
            return readNumber(answer);
        }
        if (type == QuestionType.SINGLE_CHOICE) {
            return readChoice(answer, language);
        }
        if (answer.length() > MAX_FREE_TEXT) {
            return new Reading.Refused("feedback.invalid.too_long", List.of(Integer.toString(MAX_FREE_TEXT), Integer.toString(answer.length())));
        }
        return new Reading.Accepted(answer);
    }

    /** Whether a stored value still fits this question (the configuration may have changed since it was given). */
    public boolean fits(String stored) {
        Reading reading = read(stored, Language.EN);
        return reading instanceof Reading.Accepted a && a.value().equals(stored);
    }

    public Optional<ChoiceOption> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    private Reading readNumber(String answer) {
        Reading refused = new Reading.Refused("feedback.invalid.scale", List.of(Integer.toString(type.low()), Integer.toString(type.high())));
        if (!answer.matches("\\d{1,2}")) {
            return refused;
        }
        int value = Integer.parseInt(answer);
        return value < type.low() || value > type.high() ? refused : new Reading.Accepted(Integer.toString(value));
    }

    private Reading readChoice(String answer, Language language) {
        String wanted = answer.toLowerCase(Locale.ROOT);
        for (ChoiceOption option : options) {
            if (option.id().toLowerCase(Locale.ROOT).equals(wanted) || option.label().in(language).toLowerCase(Locale.ROOT).equals(wanted)) {
                return new Reading.Accepted(option.id());
            }
        }
        if (answer.matches("\\d{1,3}")) {
            int position = Integer.parseInt(answer);
            if (position >= 1 && position <= options.size()) {
                return new Reading.Accepted(options.get(position - 1).id());
            }
        }
        return new Reading.Refused("feedback.invalid.choice", List.of(Integer.toString(options.size())));
    }
}
