package app.bonusbot.chat.discord;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionType;

/**
 * Stands in for the bot in {@link FakeDiscordTest}: answers as Bonusbot's handlers will (ephemeral deferred reply with
 * an embed for {@code status}, direct ephemeral reply for {@code help}, deferred edit for buttons, reply to modals) and
 * records what arrived, off JDA's threads, so assertions run on the test thread.
 */
final class BotLikeListener extends ListenerAdapter {

    /** What arrived: a one-line summary (kind, name, user, channel type, locale) and the values it carried. */
    record Seen(String summary, Map<String, String> values) {}

    private final Duration wait;
    private final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> answered = new LinkedBlockingQueue<>();
    private final BlockingQueue<Throwable> failures = new LinkedBlockingQueue<>();

    BotLikeListener(Duration wait) {
        this.wait = wait;
    }

    Seen next() throws InterruptedException {
        Seen next = seen.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(next, () -> "no interaction reached the listener within " + wait + "; failures: " + failures);
        return next;
    }

    /** Waits until JDA completed the listener's last answer, so no request is in flight when the test shuts JDA down. */
    String awaitAnswer() throws InterruptedException {
        String answer = answered.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(answer, () -> "JDA completed no answer within " + wait + "; failures: " + failures);
        return answer;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        String group = event.getSubcommandGroup();
        String sub = group == null ? event.getSubcommandName() : group + "/" + event.getSubcommandName();
        Map<String, String> values = new LinkedHashMap<>();
        event.getOptions().forEach(o -> values.put(o.getName(), o.getType() == OptionType.USER ? o.getAsUser().getName() : o.getAsString()));
        seen.add(new Seen("slash " + event.getName() + " " + sub + " by " + who(event), values));
        if ("help".equals(sub)) {
            event.reply("Bonusbot answers /bonus status.").setEphemeral(true)
                    .queue(hook -> answered.add("replied"), failures::add);
        } else if ("status".equals(sub)) {
            String month = event.getOption("month") == null ? "this month" : event.getOption("month").getAsString();
            MessageEmbed embed = new EmbedBuilder().setTitle("Your bonus for " + month).addField("Paid deals", "3", true).build();
            event.deferReply(true).queue(
                    hook -> hook.editOriginalEmbeds(embed).queue(m -> answered.add("deferred, then edited"), failures::add),
                    failures::add);
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String label = event.getButton() == null ? "?" : event.getButton().getLabel();
        seen.add(new Seen("button " + event.getComponentId() + " by " + who(event), Map.of("label", label, "message", event.getMessageId())));
        event.deferEdit().queue(
                hook -> hook.editOriginal("Thanks, noted.").queue(m -> answered.add("edit deferred, then made"), failures::add),
                failures::add);
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        Map<String, String> values = new LinkedHashMap<>();
        event.getValues().forEach(v -> values.put(v.getId(), v.getAsString()));
        seen.add(new Seen("modal " + event.getModalId() + " by " + who(event), values));
        event.reply("Saved.").setEphemeral(true).queue(hook -> answered.add("replied"), failures::add);
    }

    private static String who(GenericInteractionCreateEvent event) {
        return event.getUser().getId() + " in " + event.getChannelType() + " (" + event.getUserLocale().getLocale() + ")";
    }
}
