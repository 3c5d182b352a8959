package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.DiscordSurveyBed.ANNA;
import static app.bonusbot.chat.discord.DiscordSurveyBed.MIKKEL;
import static app.bonusbot.chat.discord.DiscordSurveyBed.SELLERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.interactions.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Survey rounds delivered in Discord: a direct message to each seller's discord_id, with JDA mocked and Bonusbot real. */
class DiscordSurveyDeliveryTest {

    @TempDir
    Path dir;

    private DiscordSurveyBed bed;

    @BeforeEach
    void the_demo_survey_is_opened_and_delivered_in_discord() {
        bed = new DiscordSurveyBed(dir);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void each_seller_gets_the_survey_as_a_direct_message_with_the_buttons_of_the_first_question() {
        // then one message to each seller's Discord user, none to the managers or sales ops
        assertEquals(SELLERS.stream().sorted().toList(), bed.sent.stream().map(DiscordSurveyBed.Sent::userId).sorted().toList());
        MessageCreateData anna = bed.messageTo(ANNA);
        assertEquals("Your view of the bonus plan", anna.getEmbeds().get(0).getTitle());
        assertTrue(anna.getEmbeds().get(0).getDescription().startsWith("**New survey: Your view of the bonus plan."), DiscordSurveyBed.text(anna.getEmbeds()));
        assertTrue(DiscordSurveyBed.text(anna.getEmbeds()).contains("**▶ 1. I understand exactly how my bonus is calculated.**\n*1 = strongly disagree … 5 = strongly agree*\n"
                + "Not answered yet"), DiscordSurveyBed.text(anna.getEmbeds()));
        assertTrue(DiscordSurveyBed.text(anna.getEmbeds()).contains("You have answered 0 of 9 questions."), DiscordSurveyBed.text(anna.getEmbeds()));
        List<List<Button>> rows = DiscordSurveyBed.rows(anna.getComponents());
        assertEquals(2, rows.size());
        assertEquals(List.of(1, 2, 3, 4, 5).stream().map(v -> bed.id("clarity", "a:" + v)).toList(), rows.get(0).stream().map(Button::getId).toList());
        assertEquals("4 · Agree", rows.get(0).get(3).getLabel());
        assertEquals(List.of("◀ Previous", "Next ▶"), rows.get(1).stream().map(Button::getLabel).toList());
        assertEquals(List.of(true, false), rows.get(1).stream().map(Button::isDisabled).toList());
        assertTrue(bed.messageTo(MIKKEL).getEmbeds().get(0).getDescription().startsWith("**Ny undersøgelse: Din mening om bonusordningen."));
    }


    @Test
    void the_reminder_is_the_form_led_by_the_reminder() {
        // given
        Person anna = bed.person("anna.holm");
        int before = bed.sent.size();
        // when
        new DiscordSurveyDelivery(bed.jda).remind(anna, bed.run, bed.formOf("anna.holm"));
        // then
        MessageCreateData reminder = bed.sent.get(before).message();
        assertEquals(ANNA, bed.sent.get(before).userId());
        assertTrue(reminder.getEmbeds().get(0).getDescription().startsWith("**Reminder: Your view of the bonus plan closes "), DiscordSurveyBed.text(reminder.getEmbeds()));
        assertEquals(bed.id("clarity", "a:1"), DiscordSurveyBed.rows(reminder.getComponents()).get(0).get(0).getId());
    }


    @Test
    void someone_without_a_discord_id_is_not_reached_and_named() {
        // given
        Person anna = bed.person("anna.holm");
        Person withoutDiscord = new Person(anna.id(), anna.name(), anna.email(), anna.teamId(), anna.hireDate(), anna.leaveDate(), anna.language(),
                Map.of(ChatPlatform.SLACK, anna.chatId(ChatPlatform.SLACK).orElseThrow()));
        DiscordSurveyDelivery delivery = new DiscordSurveyDelivery(bed.jda);
        // when
        DiscordDeliveryException e = assertThrows(DiscordDeliveryException.class, () -> delivery.deliver(withoutDiscord, bed.run, bed.formOf("anna.holm")));
        // then
        assertFalse(delivery.reaches(withoutDiscord));
        assertTrue(delivery.reaches(anna));
        assertEquals("no Discord user for anna.holm: no discord_id in people.yaml", e.getMessage());
    }
}
