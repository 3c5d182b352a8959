package app.bonusbot.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.survey.QuestionType;
import app.bonusbot.core.survey.SurveyForm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.interactions.components.buttons.Button;
import org.junit.jupiter.api.Test;

/** The form within Discord's limits, whatever surveys.yaml asks: buttons per row and message, label and embed lengths. */
class DiscordSurveyMessageTest {

    private static final Texts EN = Texts.of(Language.EN);

    private static SurveyForm form(List<SurveyForm.Item> items) {
        return new SurveyForm(1, "big", Language.EN, "A big survey", "Anonymous.", "15 Jan 2027 at 10:00", Instant.EPOCH, items);
    }

    private static SurveyForm.Item freeText(int number, String text, Optional<String> answer) {
        return new SurveyForm.Item("q" + number, number, text, QuestionType.FREE_TEXT, Optional.empty(), List.of(), "Write what you like", answer, answer);
    }

    @Test
    void a_single_choice_with_more_options_than_fit_shows_twenty_and_says_how_to_pick_another() {
        // given 23 options, one with a label longer than a button takes
        List<SurveyForm.Choice> choices = new ArrayList<>(IntStream.rangeClosed(1, 22).mapToObj(i -> new SurveyForm.Choice("o" + i, "Option " + i)).toList());
        choices.add(0, new SurveyForm.Choice("long", "L".repeat(120)));
        SurveyForm.Item item = new SurveyForm.Item("pick", 1, "Which?", QuestionType.SINGLE_CHOICE, Optional.empty(), choices, "Pick one",
                Optional.empty(), Optional.empty());
        // when
        DiscordSurveyMessage.Form message = DiscordSurveyMessage.of(form(List.of(item)), Optional.empty(), item, EN);
        // then
        List<ActionRow> rows = message.rows();
        assertEquals(List.of(5, 5, 5, 5, 2), rows.stream().map(r -> r.getButtons().size()).toList());
        assertEquals(80, rows.get(0).getButtons().get(0).getLabel().length());
        assertTrue(rows.get(0).getButtons().get(0).getLabel().endsWith("…"));
        assertTrue(message.embeds().get(1).getDescription().contains("Only the first 20 options fit as buttons; for another, type /bonus feedback 1"),
                message.embeds().get(1).getDescription());
        message.create();
    }

    @Test
    void a_survey_too_long_for_one_message_stays_within_discords_limits_and_shows_the_current_question_in_full() {
        // given forty long questions, each answered at length
        List<SurveyForm.Item> items = IntStream.rangeClosed(1, 40)
                .mapToObj(n -> freeText(n, "Question " + n + " " + "w".repeat(240), Optional.of("a".repeat(1500)))).toList();
        SurveyForm.Item current = items.get(20);
        // when
        DiscordSurveyMessage.Form message = DiscordSurveyMessage.of(form(items), Optional.of("Saved: …"), current, EN);
        // then
        int total = message.embeds().stream().mapToInt(MessageEmbed::getLength).sum();
        assertTrue(total <= MessageEmbed.EMBED_MAX_LENGTH_BOT, "embeds of " + total + " characters");
        assertTrue(message.embeds().size() <= 10);
        String text = String.join("\n", message.embeds().stream().map(MessageEmbed::getDescription).toList());
        assertTrue(text.contains("**▶ 21. Question 21 " + "w".repeat(240) + "**"), text);
        assertTrue(text.contains("Question 40") || text.endsWith("…"), text);
        List<Button> navigation = message.rows().get(message.rows().size() - 1).getButtons();
        assertEquals(List.of(false, false), navigation.stream().map(Button::isDisabled).toList());
        message.create();
    }
}
