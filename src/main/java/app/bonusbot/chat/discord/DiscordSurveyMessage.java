package app.bonusbot.chat.discord;

import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.survey.Question;
import app.bonusbot.core.survey.QuestionType;
import app.bonusbot.core.survey.SurveyForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.interactions.components.buttons.Button;
import net.dv8tion.jda.api.interactions.components.text.TextInput;
import net.dv8tion.jda.api.interactions.components.text.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * A survey form as a Discord direct message: the title, what the message is about, the intro and every question with
 * its hint and the current answer as embeds, and the buttons of one question, the current one (a message holds five
 * rows of five buttons, and 0–10 alone is eleven). A scale or single choice shows its choices as buttons with the
 * current answer highlighted; free text shows a button that opens a modal. The last row steps to the previous or the
 * next question. Every component's id says which round and question it is for (see {@link SurveyComponentId}).
 */
final class DiscordSurveyMessage {

    static final int ROW_BUTTONS = 5;
    /** Choice buttons fill the rows above the row of previous and next. */
    static final int CHOICE_BUTTONS = (Message.MAX_COMPONENT_COUNT - 1) * ROW_BUTTONS;
    /** The modal's one text input. */
    static final String TEXT_INPUT = "answer";

    private static final String CURRENT = "▶ ";
    /** A long free-text answer in the list of questions: its start is enough to recognise it. */
    private static final int LISTED_ANSWER = 200;
    private static final int CURRENT_ANSWER = 1000;
    private static final int QUESTION_TEXT = 300;
    private static final int COMPACT_LINE = 120;
    private static final String GAP = "\n\n";

    private DiscordSurveyMessage() {}

    /** Embeds and rows of components, to send as a new message or to replace the one clicked. */
    record Form(List<MessageEmbed> embeds, List<ActionRow> rows) {
        Form {
            embeds = List.copyOf(embeds);
            rows = List.copyOf(rows);
        }

        MessageCreateData create() {
            return new MessageCreateBuilder().setEmbeds(embeds).setComponents(rows).build();
        }

        /** Replaces the message's embeds and components; no rows takes the buttons away. */
        MessageEditData edit() {
            return new MessageEditBuilder().setEmbeds(embeds).setComponents(rows).build();
        }
    }

    /** The question a form opens at: the first not answered, or the first when all are. */
    static SurveyForm.Item opening(SurveyForm form) {
        return form.nextUnanswered().orElse(form.items().get(0));
    }

    /**
     * @param lead what the message is about, first: "New survey…", a reminder, "Saved: 4 · Agree"
     * @param current the question whose buttons are shown
     */
    static Form of(SurveyForm form, Optional<String> lead, SurveyForm.Item current, Texts texts) {
        EmbedBuilder head = new EmbedBuilder().setColor(EmbedRenderer.COLOUR).setTitle(EmbedRenderer.cut(EmbedRenderer.escape(form.title()), EmbedRenderer.TITLE));
        String description = lead.map(l -> "**" + EmbedRenderer.escape(l) + "**" + GAP).orElse("") + EmbedRenderer.escape(form.intro());
        head.setDescription(EmbedRenderer.cut(description, EmbedRenderer.DESCRIPTION));
        String footer = EmbedRenderer.cut(texts.plural("feedback.progress", form.items().size(), form.answeredCount(), form.items().size()), EmbedRenderer.FOOTER);
        List<String> blocks = questions(form, current, texts, EmbedRenderer.MESSAGE_TOTAL - head.length() - footer.length());
        List<MessageEmbed> embeds = new ArrayList<>();
        embeds.add(head.build());
        StringBuilder text = new StringBuilder();
        for (String block : blocks) {
            if (text.length() > 0 && text.length() + GAP.length() + block.length() > EmbedRenderer.DESCRIPTION) {
                embeds.add(new EmbedBuilder().setColor(EmbedRenderer.COLOUR).setDescription(text.toString()).build());
                text.setLength(0);
            }
            text.append(text.length() > 0 ? GAP : "").append(block);
        }
        embeds.add(new EmbedBuilder().setColor(EmbedRenderer.COLOUR).setDescription(text.toString()).setFooter(footer).build());
        return new Form(embeds, rows(form, current, texts));
    }

    /** A note instead of the form, without buttons: the round is over, or there is nothing to answer. */
    static Form note(Reply note, Texts texts) {
        return new Form(new EmbedRenderer().message(note, texts).embeds(), List.of());
    }

    /** The modal for a free-text question, holding the current answer to edit. */
    static Modal modal(SurveyForm form, SurveyForm.Item item, Texts texts) {
        int most = Math.min(Question.MAX_FREE_TEXT, TextInput.MAX_VALUE_LENGTH);
        TextInput.Builder input = TextInput.create(TEXT_INPUT, EmbedRenderer.cut(texts.get("feedback.question", item.number(), item.text()),
                TextInput.MAX_LABEL_LENGTH), TextInputStyle.PARAGRAPH)
                .setRequired(true)
                .setMaxLength(most)
                .setPlaceholder(EmbedRenderer.cut(item.hint(), TextInput.MAX_PLACEHOLDER_LENGTH));
        item.answer().filter(a -> a.length() <= most).ifPresent(input::setValue);
        return Modal.create(SurveyComponentId.of(form, item, SurveyComponentId.Action.TEXT).encoded(),
                EmbedRenderer.cut(form.title(), Modal.MAX_TITLE_LENGTH)).addActionRow(input.build()).build();
    }

    /**
     * Every question as a block; when they do not fit one message, the others than the current shrink to one line
     * each, and when even that is too long the list stops at what fits (the current question always shows).
     */
    private static List<String> questions(SurveyForm form, SurveyForm.Item current, Texts texts, int room) {
        List<String> full = form.items().stream().map(i -> block(i, i.id().equals(current.id()), texts)).toList();
        if (length(full) <= room) {
            return full;
        }
        String currentBlock = block(current, true, texts);
        int left = room - currentBlock.length() - GAP.length();
        List<String> compact = new ArrayList<>();
        for (SurveyForm.Item item : form.items()) {
            if (item.id().equals(current.id())) {
                compact.add(currentBlock);
                continue;
            }
            String line = EmbedRenderer.cut(EmbedRenderer.escape(texts.get("feedback.question", item.number(), item.text()) + " · "
                    + answer(item, texts)), COMPACT_LINE);
            if (left - line.length() - GAP.length() < 0) {
                compact.add("…");
                break;
            }
            compact.add(line);
            left -= line.length() + GAP.length();
        }
        return compact;
    }

    private static int length(List<String> blocks) {
        return blocks.stream().mapToInt(String::length).sum() + GAP.length() * Math.max(0, blocks.size() - 1);
    }

    /** "**▶ 3. Question**", the hint in italics, then the current answer. */
    private static String block(SurveyForm.Item item, boolean current, Texts texts) {
        String question = (current ? CURRENT : "") + texts.get("feedback.question", item.number(), item.text());
        StringBuilder block = new StringBuilder()
                .append("**").append(EmbedRenderer.cut(EmbedRenderer.escape(question), QUESTION_TEXT)).append("**\n")
                .append("*").append(EmbedRenderer.cut(EmbedRenderer.escape(item.hint()), QUESTION_TEXT)).append("*\n")
                .append(EmbedRenderer.cut(EmbedRenderer.escape(answer(item, texts)), current ? CURRENT_ANSWER : LISTED_ANSWER));
        if (current && item.choices().size() > CHOICE_BUTTONS) {
            block.append("\n-# ").append(EmbedRenderer.escape(texts.get("discord.survey.more_choices", CHOICE_BUTTONS, item.number())));
        }
        return block.toString();
    }

    private static String answer(SurveyForm.Item item, Texts texts) {
        return item.answerText().map(a -> texts.get("feedback.your_answer", a)).orElse(texts.get("feedback.not_answered"));
    }

    private static List<ActionRow> rows(SurveyForm form, SurveyForm.Item current, Texts texts) {
        List<ActionRow> rows = new ArrayList<>();
        if (current.type() == QuestionType.FREE_TEXT) {
            rows.add(ActionRow.of(Button.primary(SurveyComponentId.of(form, current, SurveyComponentId.Action.WRITE).encoded(),
                    label(texts.get("feedback.write_answer")))));
        } else {
            List<Button> buttons = new ArrayList<>();
            for (SurveyForm.Choice choice : current.choices().subList(0, Math.min(current.choices().size(), CHOICE_BUTTONS))) {
                String id = SurveyComponentId.answer(form, current, choice).encoded();
                boolean chosen = current.answer().filter(choice.value()::equals).isPresent();
                buttons.add(chosen ? Button.success(id, label(choice.label())) : Button.secondary(id, label(choice.label())));
            }
            for (int from = 0; from < buttons.size(); from += ROW_BUTTONS) {
                rows.add(ActionRow.of(buttons.subList(from, Math.min(buttons.size(), from + ROW_BUTTONS))));
            }
        }
        int at = form.items().indexOf(current);
        rows.add(ActionRow.of(
                Button.secondary(SurveyComponentId.of(form, current, SurveyComponentId.Action.PREVIOUS).encoded(), label(texts.get("discord.survey.previous")))
                        .withDisabled(at <= 0),
                Button.secondary(SurveyComponentId.of(form, current, SurveyComponentId.Action.NEXT).encoded(), label(texts.get("discord.survey.next")))
                        .withDisabled(at >= form.items().size() - 1)));
        return rows;
    }

    private static String label(String text) {
        return EmbedRenderer.cut(text, Button.LABEL_MAX_LENGTH);
    }
}
