package app.bonusbot.core.survey;

import app.bonusbot.core.plan.LocalizedText;
import java.util.Objects;

/** One option of a single-choice question; the id is what is stored and what a person may type. */
public record ChoiceOption(String id, LocalizedText label) {
    public ChoiceOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
