package app.bonusbot.core.survey;

import app.bonusbot.core.i18n.Language;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A survey round as one person sees it, in their language and with the answers they have given so far: the neutral
 * model each chat adapter renders its own way. The console asks one question at a time; Slack can show each scale
 * and choice as buttons whose value is {@link Choice#value()}, or all questions in a modal; Discord can use
 * buttons and select menus. Whatever the widget, it hands back the question id and the value to
 * {@link SurveyAnswering#answer}, which validates it exactly as if it had been typed.
 *
 * @param intro what the survey is and how anonymous it is
 * @param closes the closing time as the person reads it
 */
public record SurveyForm(long runId, String surveyId, Language language, String title, String intro, String closes, Instant closesAt,
        List<Item> items) {

    public SurveyForm {
        items = List.copyOf(items);
    }

    /**
     * One question.
     *
     * @param number 1 for the first question, so people (and adapters without ids) can refer to it
     * @param choices what can be picked: the scale's numbers, or the options; empty for free text
     * @param hint how to answer, e.g. "1 = strongly disagree … 5 = strongly agree"
     * @param answer the stored value of the person's current answer, if any
     * @param answerText the current answer as the person reads it, e.g. "4 · Agree"
     */
    public record Item(String id, int number, String text, QuestionType type, Optional<Prerequisite> prerequisite, List<Choice> choices, String hint,
            Optional<String> answer, Optional<String> answerText) {
        public Item {
            Objects.requireNonNull(id, "id");
            choices = List.copyOf(choices);
        }

        public boolean answered() {
            return answer.isPresent();
        }
    }

    /** A value to pick, with the label to show; {@code value} is what answering takes. */
    public record Choice(String value, String label) {}

    /** The first question not yet answered, from the top. */
    public Optional<Item> nextUnanswered() {
        return items.stream().filter(i -> !i.answered()).findFirst();
    }

    /** The first question after {@code questionId} not yet answered, wrapping round to the top. */
    public Optional<Item> nextUnansweredAfter(String questionId) {
        int at = items.indexOf(item(questionId).orElse(null));
        for (int step = 1; step <= items.size(); step++) {
            Item candidate = items.get((Math.max(at, 0) + step) % items.size());
            if (!candidate.answered()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A question by its id or its number. */
    public Optional<Item> item(String idOrNumber) {
        if (idOrNumber == null) {
            return Optional.empty();
        }
        String wanted = idOrNumber.strip().toLowerCase(Locale.ROOT);
        return items.stream().filter(i -> i.id().toLowerCase(Locale.ROOT).equals(wanted) || Integer.toString(i.number()).equals(wanted)).findFirst();
    }

    public long answeredCount() {
        return items.stream().filter(Item::answered).count();
    }

    public boolean complete() {
        return answeredCount() == items.size();
    }
}
