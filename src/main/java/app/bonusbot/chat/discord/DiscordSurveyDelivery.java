package app.bonusbot.chat.discord;

import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.survey.SurveyDelivery;
import app.bonusbot.core.survey.SurveyForm;
import app.bonusbot.core.survey.SurveyRun;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;

/**
 * Survey rounds in Discord: a direct message from the bot to each person's discord_id with the form and the buttons
 * of its first unanswered question (see {@link DiscordSurveyMessage}), and the reminder the same way. Someone without
 * a discord_id, or who takes no direct messages from Bonusbot, cannot be reached: that throws, and the round goes on
 * for everyone else.
 */
public final class DiscordSurveyDelivery implements SurveyDelivery {

    private final JDA jda;

    public DiscordSurveyDelivery(JDA jda) {
        this.jda = jda;
    }

    @Override
    public void deliver(Person person, SurveyRun run, SurveyForm form) {
        send(person, form, "survey.delivered.buttons");
    }

    @Override
    public void remind(Person person, SurveyRun run, SurveyForm form) {
        send(person, form, "survey.reminder.buttons");
    }

    /** Only someone with a discord_id in people.yaml is reached in Discord. */
    @Override
    public boolean reaches(Person person) {
        return person.chatId(ChatPlatform.DISCORD).isPresent();
    }

    private void send(Person person, SurveyForm form, String leadKey) {
        if (!reaches(person)) {
            throw new DiscordDeliveryException("no Discord user for " + person.id() + ": no discord_id in people.yaml");
        }
        Texts texts = Texts.of(form.language());
        DiscordSurveyMessage.Form message = DiscordSurveyMessage.of(form, Optional.of(texts.get(leadKey, form.title(), form.closes())),
                DiscordSurveyMessage.opening(form), texts);
        String discordUser = person.chatId(ChatPlatform.DISCORD).orElseThrow();
        String where = "a direct message to " + person.id() + " (Discord user " + discordUser + ")";
        MessageSending.send(MessageSending.directMessage(jda, discordUser, where), message.create(), where);
    }
}
