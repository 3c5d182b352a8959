package app.bonusbot.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.events.guild.GuildAvailableEvent;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;

class CommandRegistrationTest {

    private static final String CONFIGURED = "900000000000000001";
    private static final String OTHER = "900000000000000002";
    private static final String APPLICATION = "1000000000000000001";

    private final CommandRegistration registration = new CommandRegistration(List.of(CONFIGURED));
    private final JDA jda = mock(JDA.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(CommandRegistration.class);
    private Level level;

    @BeforeEach
    void a_session() {
        SelfUser self = mock(SelfUser.class);
        when(self.getApplicationId()).thenReturn(APPLICATION);
        when(jda.getSelfUser()).thenReturn(self);
        log.start();
        level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addAppender(log);
    }

    @AfterEach
    void stop_listening() {
        logger.detachAppender(log);
        logger.setLevel(level);
    }

    private Guild guild(String id, CommandListUpdateAction update) {
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn(id);
        when(guild.getName()).thenReturn("Nordlys");
        when(guild.getJDA()).thenReturn(jda);
        when(guild.updateCommands()).thenReturn(update);
        return guild;
    }

    private List<String> logged(Level at) {
        return log.list.stream().filter(e -> e.getLevel() == at).map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void a_configured_server_gets_bonus_when_it_is_ready_and_success_is_logged() {
        // given
        CommandListUpdateAction update = mock(CommandListUpdateAction.class, RETURNS_SELF);
        GuildReadyEvent event = mock(GuildReadyEvent.class);
        Guild configured = guild(CONFIGURED, update);
        when(event.getGuild()).thenReturn(configured);
        // when
        registration.onGuildReady(event);
        // then
        ArgumentCaptor<CommandData> commands = ArgumentCaptor.forClass(CommandData.class);
        verify(update).addCommands(commands.capture());
        assertEquals(BonusCommandData.definition().toData().toString(), commands.getValue().toData().toString());
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Consumer<List<net.dv8tion.jda.api.interactions.commands.Command>>> success = ArgumentCaptor.forClass(Consumer.class);
        verify(update).queue(success.capture(), any());
        success.getValue().accept(List.of());
        assertEquals(List.of("/bonus registered in Discord server 900000000000000001 (Nordlys)"), logged(Level.INFO));
    }

    @Test
    void a_server_the_bot_is_invited_to_while_running_gets_bonus_if_configured() {
        // given
        CommandListUpdateAction update = mock(CommandListUpdateAction.class, RETURNS_SELF);
        GuildJoinEvent event = mock(GuildJoinEvent.class);
        Guild configured = guild(CONFIGURED, update);
        when(event.getGuild()).thenReturn(configured);
        // when
        registration.onGuildJoin(event);
        // then
        verify(update).queue(any(), any());
    }

    @Test
    void a_server_settings_do_not_list_gets_no_command() {
        // given
        CommandListUpdateAction update = mock(CommandListUpdateAction.class, RETURNS_SELF);
        GuildReadyEvent event = mock(GuildReadyEvent.class);
        Guild other = guild(OTHER, update);
        when(event.getGuild()).thenReturn(other);
        // when
        registration.onGuildReady(event);
        // then
        verify(other, never()).updateCommands();
        assertEquals(List.of("The bot is in Discord server 900000000000000002 (Nordlys), which settings.yaml discord.guilds does not list:"
                + " /bonus is not offered there"), logged(Level.INFO));
    }

    @Test
    void a_registration_discord_refuses_for_want_of_the_commands_scope_says_how_to_invite_again() {
        // given
        CommandListUpdateAction update = mock(CommandListUpdateAction.class, RETURNS_SELF);
        GuildReadyEvent event = mock(GuildReadyEvent.class);
        Guild configured = guild(CONFIGURED, update);
        when(event.getGuild()).thenReturn(configured);
        registration.onGuildReady(event);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Consumer<Throwable>> failure = ArgumentCaptor.forClass(Consumer.class);
        verify(update).queue(any(), failure.capture());
        ErrorResponseException refused = mock(ErrorResponseException.class);
        when(refused.getErrorResponse()).thenReturn(ErrorResponse.MISSING_ACCESS);
        // when
        failure.getValue().accept(refused);
        // then
        assertEquals(List.of("/bonus could not be registered in Discord server 900000000000000001 (Nordlys): the bot was invited without the"
                + " applications.commands scope; invite it again with " + CommandRegistration.inviteUrl(APPLICATION)), logged(Level.ERROR));
    }

    @Test
    void a_configured_server_the_bot_is_not_in_is_named_with_the_invite_link_once_ready() {
        // given
        ReadyEvent ready = mock(ReadyEvent.class);
        when(ready.getJDA()).thenReturn(jda);
        // when
        registration.onReady(ready);
        // then
        assertEquals(List.of("The bot is not in Discord server 900000000000000001 (settings.yaml discord.guilds): remove the id there, or have"
                + " a manager of that server invite the bot with https://discord.com/oauth2/authorize?client_id=1000000000000000001"
                + "&scope=bot+applications.commands&permissions=52224"), logged(Level.WARN));
    }

    @Test
    void a_configured_server_unavailable_at_ready_gets_bonus_when_it_is_back() {
        // given
        ReadyEvent ready = mock(ReadyEvent.class);
        when(ready.getJDA()).thenReturn(jda);
        when(jda.isUnavailable(Long.parseLong(CONFIGURED))).thenReturn(true);
        registration.onReady(ready);
        CommandListUpdateAction update = mock(CommandListUpdateAction.class, RETURNS_SELF);
        GuildAvailableEvent back = mock(GuildAvailableEvent.class);
        Guild configured = guild(CONFIGURED, update);
        when(back.getGuild()).thenReturn(configured);
        // when
        registration.onGuildAvailable(back);
        registration.onGuildAvailable(back);
        // then once
        verify(update).queue(any(), any());
        assertEquals(List.of("Discord server 900000000000000001 is unavailable at the moment (a Discord outage); /bonus is registered there"
                + " when it is back"), logged(Level.WARN));
    }

    @Test
    void a_configured_server_the_bot_is_in_needs_no_word() {
        // given
        ReadyEvent ready = mock(ReadyEvent.class);
        when(ready.getJDA()).thenReturn(jda);
        when(jda.getGuildById(CONFIGURED)).thenReturn(mock(Guild.class));
        // when
        registration.onReady(ready);
        // then
        assertEquals(List.of(), logged(Level.WARN));
    }
}
