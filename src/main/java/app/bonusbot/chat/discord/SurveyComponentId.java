package app.bonusbot.chat.discord;

import app.bonusbot.core.survey.QuestionType;
import app.bonusbot.core.survey.SurveyForm;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.components.buttons.Button;

/**
 * What a survey button or modal stands for, in its custom id: {@code bonusbot-survey:RUN:QUESTION:ACTION[:VALUE]}.
 * The round's id travels with every click, so a click on an old message after the round closed is refused as such.
 * Discord allows 100 characters: a question id or option id too long for that is sent as its number instead, which
 * answering takes as well.
 *
 * @param question the question's id, or its number
 * @param value the choice an answer button stands for; empty for the other actions
 */
record SurveyComponentId(long runId, String question, Action action, Optional<String> value) {

    static final String PREFIX = "bonusbot-survey:";

    /** What a click asks for. */
    enum Action {
        /** Answer the question with the button's choice. */
        ANSWER("a"),
        /** Show the question before this one. */
        PREVIOUS("p"),
        /** Show the question after this one. */
        NEXT("n"),
        /** Open the modal to write a free-text answer. */
        WRITE("w"),
        /** The modal's written answer. */
        TEXT("t");

        private final String code;

        Action(String code) {
            this.code = code;
        }

        static Optional<Action> of(String code) {
            for (Action action : values()) {
                if (action.code.equals(code)) {
                    return Optional.of(action);
                }
            }
            return Optional.empty();
        }
    }

    SurveyComponentId {
        value = value == null ? Optional.empty() : value;
    }

    /** The id of a component for a question of the form: with the question's id, or its number when that is too long. */
    static SurveyComponentId of(SurveyForm form, SurveyForm.Item item, Action action) {
        SurveyComponentId byId = new SurveyComponentId(form.runId(), item.id(), action, Optional.empty());
        return byId.fits() ? byId : new SurveyComponentId(form.runId(), Integer.toString(item.number()), action, Optional.empty());
    }

    /** The id of an answer button; a single choice's option id too long to fit goes as its position, 1 for the first. */
    static SurveyComponentId answer(SurveyForm form, SurveyForm.Item item, SurveyForm.Choice choice) {
        String question = of(form, item, Action.ANSWER).question();
        SurveyComponentId byValue = new SurveyComponentId(form.runId(), question, Action.ANSWER, Optional.of(choice.value()));
        if (byValue.fits() || item.type() != QuestionType.SINGLE_CHOICE) {
            return byValue;
        }
        return new SurveyComponentId(form.runId(), question, Action.ANSWER, Optional.of(Integer.toString(item.choices().indexOf(choice) + 1)));
    }

    static Optional<SurveyComponentId> parse(String customId) {
        if (customId == null || !customId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = customId.substring(PREFIX.length()).split(":", 4);
        if (parts.length < 3 || !parts[0].matches("\\d{1,18}") || parts[1].isEmpty()) {
            return Optional.empty();
        }
        Optional<Action> action = Action.of(parts[2]);
        if (action.isEmpty() || (action.get() == Action.ANSWER) != (parts.length == 4)) {
            return Optional.empty();
        }
        return Optional.of(new SurveyComponentId(Long.parseLong(parts[0]), parts[1], action.get(),
                parts.length == 4 ? Optional.of(parts[3]) : Optional.empty()));
    }

    static boolean isSurvey(String customId) {
        return customId != null && customId.startsWith(PREFIX);
    }

    String encoded() {
        return PREFIX + runId + ":" + question + ":" + action.code + value.map(v -> ":" + v).orElse("");
    }

    private boolean fits() {
        return encoded().length() <= Button.ID_MAX_LENGTH;
    }
}
