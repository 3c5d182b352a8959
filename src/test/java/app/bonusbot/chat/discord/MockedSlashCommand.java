package app.bonusbot.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.mockito.ArgumentCaptor;

/**
 * A {@code /bonus} interaction as JDA hands it to a listener, mocked: the event with its user, sub-command and
 * options, the defer action, and the hook whose original reply the answer replaces. Every edit is recorded.
 */
final class MockedSlashCommand {

    private static final AtomicLong NEXT_ID = new AtomicLong(1_250_000_000_000_500_000L);

    final SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    final ReplyCallbackAction defer = mock(ReplyCallbackAction.class, RETURNS_SELF);
    final InteractionHook hook = mock(InteractionHook.class);
    @SuppressWarnings("unchecked")
    final WebhookMessageEditAction<Message> edit = mock(WebhookMessageEditAction.class, RETURNS_SELF);

    /**
     * @param path the sub-command as typed, e.g. {@code status} or {@code admin status}
     * @param options option name → value, as Discord sends them
     */
    MockedSlashCommand(String name, String userId, String path, Map<String, String> options) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(userId);
        String[] parts = path.split(" ");
        when(event.getName()).thenReturn(name);
        when(event.getUser()).thenReturn(user);
        when(event.getSubcommandGroup()).thenReturn(parts.length == 2 ? parts[0] : null);
        when(event.getSubcommandName()).thenReturn(parts[parts.length - 1]);
        List<OptionMapping> mappings = new ArrayList<>();
        options.forEach((option, value) -> {
            OptionMapping mapping = mock(OptionMapping.class);
            when(mapping.getName()).thenReturn(option);
            when(mapping.getAsString()).thenReturn(value);
            mappings.add(mapping);
        });
        when(event.getOptions()).thenReturn(mappings);
        when(event.deferReply(anyBoolean())).thenReturn(defer);
        when(event.getHook()).thenReturn(hook);
        when(hook.editOriginal(any(MessageEditData.class))).thenReturn(edit);
        // Each mocked interaction is a new one: its own id and token, of the bot's application.
        String id = Long.toString(NEXT_ID.incrementAndGet());
        when(event.getId()).thenReturn(id);
        when(event.getToken()).thenReturn("mocked-interaction-token-" + id);
        JDA jda = mock(JDA.class);
        SelfUser self = mock(SelfUser.class);
        when(self.getApplicationId()).thenReturn(FakeDiscord.APPLICATION_ID);
        when(jda.getSelfUser()).thenReturn(self);
        when(event.getJDA()).thenReturn(jda);
    }

    static MockedSlashCommand bonus(String userId, String path, Map<String, String> options) {
        return new MockedSlashCommand("bonus", userId, path, options);
    }

    static MockedSlashCommand bonus(String userId, String path) {
        return bonus(userId, path, Map.of());
    }

    /** The one edit of the deferred reply, which was sent: embeds, and components or files when it has them. */
    MessageEditData edited() {
        ArgumentCaptor<MessageEditData> edits = ArgumentCaptor.forClass(MessageEditData.class);
        verify(hook, atLeast(0)).editOriginal(edits.capture());
        assertEquals(1, edits.getAllValues().size(), "edits of the deferred reply");
        verify(edit).queue(any(), any());
        return edits.getValue();
    }

    /** The embeds of the one edit of the deferred reply. */
    List<MessageEmbed> answer() {
        return List.copyOf(edited().getEmbeds());
    }

    /** Every description and field of the answer, one per line. */
    String answerText() {
        List<String> lines = new ArrayList<>();
        for (MessageEmbed embed : answer()) {
            if (embed.getDescription() != null) {
                lines.add(embed.getDescription());
            }
            embed.getFields().forEach(f -> lines.add(f.getName() + ": " + f.getValue()));
        }
        return String.join("\n", lines);
    }
}
