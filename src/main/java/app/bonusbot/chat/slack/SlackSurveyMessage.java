package app.bonusbot.chat.slack;

import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.survey.QuestionType;
import app.bonusbot.core.survey.SurveyForm;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A survey form as a Slack direct message: each scale and single choice as a row of buttons (the current answer
 * highlighted), each free-text question as a button that opens a modal to write in ({@link SurveyTextModal}). A click
 * is an answer; the message is then replaced with the form as it stands. Each button's value says which round and question it answers, so a
 * click on an old message after the round closed is refused as such.
 */
final class SlackSurveyMessage {

    /** Every survey button's action id starts so: Bolt routes them all to one handler. */
    static final String ACTION_PREFIX = "survey_answer:";
    /** The action id of a free-text question's "write your answer" button starts so. */
    static final String WRITE_PREFIX = "survey_write:";
    /** At most 25 elements in an actions block; 0–10 is 11. */
    static final int MOST_BUTTONS = 25;
    /** Slack cuts button labels at 75 characters. */
    static final int BUTTON_TEXT = 75;

    private SlackSurveyMessage() {}

    /** @param lead what the message is about, first: "New survey…", a reminder, or "Saved: 4 · Agree" */
    static SlackMessage of(SurveyForm form, Optional<String> lead, Texts texts) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(PlainTextObject.builder().text(SlackText.escapeWithin(form.title(), BlockKitRenderer.HEADER_TEXT)).build()).build());
        lead.ifPresent(l -> blocks.add(section("*" + SlackText.escape(l) + "*")));
        blocks.add(section(SlackText.escape(form.intro())));
        for (SurveyForm.Item item : form.items()) {
            String answer = item.answerText().map(a -> texts.get("feedback.your_answer", a)).orElse(texts.get("feedback.not_answered"));
            blocks.add(section("*" + SlackText.escape(texts.get("feedback.question", item.number(), item.text())) + "*\n_"
                    + SlackText.escape(item.hint()) + "_\n" + SlackText.escape(answer)));
            if (item.type() == QuestionType.FREE_TEXT) {
                blocks.add(writeButton(form, item, texts));
            } else {
                blocks.add(buttons(form, item));
            }
        }
        blocks.add(context(SlackText.escape(texts.plural("feedback.progress", form.items().size(), form.answeredCount(), form.items().size()))));
        String fallback = lead.orElse(form.title());
        return new SlackMessage(SlackText.escapeWithin(fallback, BlockKitRenderer.FALLBACK_TEXT), blocks);
    }

    /** The answer a button stands for: {@code runId|questionId|value}. */
    record Click(long runId, String questionId, String value) {
        static Optional<Click> parse(String buttonValue) {
            String[] parts = buttonValue == null ? new String[0] : buttonValue.split("\\|", 3);
            if (parts.length != 3 || !parts[0].matches("\\d{1,18}")) {
                return Optional.empty();
            }
            return Optional.of(new Click(Long.parseLong(parts[0]), parts[1], parts[2]));
        }

        String encoded() {
            return runId + "|" + questionId + "|" + value;
        }
    }

    private static ActionsBlock buttons(SurveyForm form, SurveyForm.Item item) {
        List<BlockElement> buttons = new ArrayList<>();
        for (SurveyForm.Choice choice : item.choices().subList(0, Math.min(item.choices().size(), MOST_BUTTONS))) {
            boolean chosen = item.answer().filter(choice.value()::equals).isPresent();
            buttons.add(ButtonElement.builder()
                    .actionId(ACTION_PREFIX + choice.value())
                    .text(PlainTextObject.builder().text(SlackText.escapeWithin(choice.label(), BUTTON_TEXT)).build())
                    .value(new Click(form.runId(), item.id(), choice.value()).encoded())
                    .style(chosen ? "primary" : null)
                    .build());
        }
        return ActionsBlock.builder().blockId("survey:" + form.runId() + ":" + item.id()).elements(buttons).build();
    }

    private static ActionsBlock writeButton(SurveyForm form, SurveyForm.Item item, Texts texts) {
        ButtonElement button = ButtonElement.builder()
                .actionId(WRITE_PREFIX + item.id())
                .text(PlainTextObject.builder().text(SlackText.escapeWithin(texts.get(item.answered() ? "feedback.change_answer" : "feedback.write_answer"),
                        BUTTON_TEXT)).build())
                .value(new Click(form.runId(), item.id(), "").encoded())
                .style(item.answered() ? "primary" : null)
                .build();
        return ActionsBlock.builder().blockId("survey:" + form.runId() + ":" + item.id()).elements(List.of(button)).build();
    }

    private static SectionBlock section(String escaped) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(SlackText.cut(escaped, BlockKitRenderer.SECTION_TEXT)).build()).build();
    }

    private static ContextBlock context(String escaped) {
        return ContextBlock.builder().elements(List.of(MarkdownTextObject.builder().text(SlackText.cut(escaped, BlockKitRenderer.CONTEXT_TEXT)).build())).build();
    }
}
