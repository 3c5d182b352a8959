package app.bonusbot.chat.discord;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import app.bonusbot.bot.Application;
import app.bonusbot.core.announce.PostClaims;
import app.bonusbot.core.announce.PostOutcome;
import app.bonusbot.core.announce.PostProblem;
import app.bonusbot.core.announce.TeamPostTarget;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.announce.TeamPosts;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.bot.ManualClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Team posts in Discord with JDA mocked (its cache of channels, direct messages, the messages sent) and Bonusbot real:
 * the demo company on a SQLite file on Monday 7 December 2026 at 09:00.
 */
class DiscordPostDeliveryTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
    private static final Reply POST = Reply.builder("Nordics: 55 % of the team target").header("Weekly update · Nordics new business")
            .progress("Team", new BigDecimal("0.55"), "55 % of the team target").text("Days left: 24").build();
    private static final String NORDICS_CHANNEL = "800000000000000201";
    private static final String METTE = "700000000000000101";

    @TempDir
    Path dir;

    private Application app;
    private ManualClock clock;
    private final JDA jda = mock(JDA.class);
    private final GuildMessageChannel nordicsChannel = mock(GuildMessageChannel.class);
    private final MessageCreateAction sending = mock(MessageCreateAction.class);
    /** What went where: the channel's or user's id, and the message. */
    private final List<Sent> sent = new ArrayList<>();

    private record Sent(String to, MessageCreateData message) {}

    @BeforeEach
    void discord_and_the_demo_company_on_monday_morning() {
        clock = new ManualClock(LocalDateTime.parse("2026-12-07T09:00").atZone(ZoneId.of("Europe/Copenhagen")));
        app = Application.open(Path.of("bot-config"), dir.resolve("bonusbot.db"), clock::withZone);
        when(jda.getChannelById(GuildMessageChannel.class, NORDICS_CHANNEL)).thenReturn(nordicsChannel);
        recordSends(nordicsChannel, NORDICS_CHANNEL, sending);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private void recordSends(MessageChannel channel, String to, MessageCreateAction action) {
        when(channel.sendMessage(any(MessageCreateData.class))).thenAnswer(send -> {
            sent.add(new Sent(to, send.getArgument(0)));
            return action;
        });
    }

    @SuppressWarnings("unchecked")
    private void directMessagesTo(String userId) {
        PrivateChannel dm = mock(PrivateChannel.class);
        recordSends(dm, userId, mock(MessageCreateAction.class));
        CacheRestAction<PrivateChannel> open = mock(CacheRestAction.class);
        when(open.complete()).thenReturn(dm);
        when(jda.openPrivateChannelById(userId)).thenReturn(open);
    }

    private DiscordPostDelivery delivery() {
        return new DiscordPostDelivery(jda, app::company);
    }

    private Team nordics() {
        return app.company().directory().team("nordics").orElseThrow();
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(clock.getZone());
    }

    private static byte[] bytes(FileUpload file) {
        try (InputStream in = file.getData()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String everything(MessageCreateData message) {
        return message.getContent() + message.getEmbeds().stream().map(e -> e.toData().toString()).toList();
    }

    @Test
    void a_channel_post_is_one_message_of_embeds_with_the_chart_attached_and_shown_in_the_last_embed() {
        // when
        delivery().deliver(new TeamPostTarget.Channel(nordics(), "2026-W50",
                Map.of(ChatPlatform.SLACK, "C0NORDICS01", ChatPlatform.DISCORD, NORDICS_CHANNEL)), POST, PNG);
        // then
        assertEquals(1, sent.size());
        MessageCreateData message = sent.get(0).message();
        assertEquals(NORDICS_CHANNEL, sent.get(0).to());
        assertEquals("Weekly update · Nordics new business", message.getEmbeds().get(0).getTitle());
        List<FileUpload> files = message.getFiles();
        assertEquals(List.of("nordics-2026-W50.png"), files.stream().map(FileUpload::getName).toList());
        assertArrayEquals(PNG, bytes(files.get(0)));
        MessageEmbed last = message.getEmbeds().get(message.getEmbeds().size() - 1);
        assertEquals("attachment://nordics-2026-W50.png", last.getImage().getUrl());
    }

    @Test
    void the_weeks_post_reaches_the_teams_channel_and_the_managers_direct_messages_without_amounts_of_pay() {
        // given
        directMessagesTo(METTE);
        TeamPosts posts = app.teamPosts(delivery());
        // when
        PostOutcome outcome = posts.post("nordics", now(), PostClaims.Source.ANNOUNCE);
        // then
        assertInstanceOf(PostOutcome.Posted.class, outcome);
        assertEquals(List.of(NORDICS_CHANNEL, METTE), sent.stream().map(Sent::to).toList());
        String channel = everything(sent.get(0).message());
        assertTrue(channel.contains("Nordics new business"), channel);
        assertFalse(channel.contains("DKK") || channel.contains("kr."), "no amount of pay in a Discord channel: " + channel);
        assertEquals(List.of("nordics-2026-W50.png"), sent.get(1).message().getFiles().stream().map(FileUpload::getName).toList());
    }

    @Test
    void a_team_without_a_discord_channel_is_not_reached_and_gets_nothing() {
        // given
        TeamPostTarget.Channel slackOnly = new TeamPostTarget.Channel(nordics(), "2026-W50", Map.of(ChatPlatform.SLACK, "C0NORDICS01"));
        // when
        delivery().deliver(slackOnly, POST, PNG);
        // then
        assertFalse(delivery().reaches(slackOnly));
        assertTrue(delivery().reaches(new TeamPostTarget.Channel(nordics(), "2026-W50", Map.of(ChatPlatform.DISCORD, NORDICS_CHANNEL))));
        verifyNoInteractions(jda);
    }

    @Test
    void a_channel_bonusbot_cannot_see_fails_the_delivery_and_says_what_to_check() {
        // given a channel id that is in none of the servers Bonusbot is in
        TeamPostTarget.Channel elsewhere = new TeamPostTarget.Channel(nordics(), "2026-W50", Map.of(ChatPlatform.DISCORD, "800000000000000999"));
        // when
        DiscordDeliveryException e = assertThrows(DiscordDeliveryException.class, () -> delivery().deliver(elsewhere, POST, PNG));
        // then
        assertEquals("Discord channel 800000000000000999 not found: is Bonusbot in that server and may it see the channel? (README, Install in Discord)",
                e.getMessage());
    }

    @Test
    void channels_bonusbot_cannot_see_are_found_before_any_post_is_due() {
        // given Nordics' channel is in a server Bonusbot is in, and another team's channel id is not
        Map<String, String> channels = new LinkedHashMap<>();
        channels.put("nordics", NORDICS_CHANNEL);
        channels.put("dach", "800000000000000999");
        // when
        Map<String, String> unseen = delivery().unseenChannels(channels);
        // then
        assertEquals(Map.of("dach", "800000000000000999"), unseen);
    }

    @Test
    void a_missing_permission_is_named() {
        // given Bonusbot may post in the channel but not attach files there
        InsufficientPermissionException noFiles = new InsufficientPermissionException(mock(Guild.class), Permission.MESSAGE_ATTACH_FILES);
        when(nordicsChannel.sendMessage(any(MessageCreateData.class))).thenThrow(noFiles);
        // when
        DiscordDeliveryException e = assertThrows(DiscordDeliveryException.class,
                () -> delivery().deliver(new TeamPostTarget.Channel(nordics(), "2026-W50",
                        Map.of(ChatPlatform.DISCORD, NORDICS_CHANNEL)), POST, PNG));
        // then
        assertTrue(e.getMessage().startsWith("Discord refused the message to Discord channel 800000000000000201: Bonusbot lacks the permission Attach Files"
                + " there (it needs View Channels, Send Messages, Embed Links and Attach Files"), e.getMessage());
    }

    @Test
    void a_refused_post_leaves_the_week_to_be_posted_again() {
        // given Discord answers that Bonusbot has no access to the channel
        ErrorResponseException noAccess = ErrorResponseException.create(ErrorResponse.MISSING_ACCESS, new Response(null, 403, "Forbidden", -1, Set.of()));
        when(sending.complete()).thenThrow(noAccess);
        TeamPosts posts = app.teamPosts(delivery());
        // when the post fails, and access is granted before the next try
        DiscordDeliveryException e = assertThrows(DiscordDeliveryException.class, () -> posts.post("nordics", now(), PostClaims.Source.SCHEDULE));
        doReturn(null).when(sending).complete();
        directMessagesTo(METTE);
        PostOutcome retried = posts.post("nordics", now(), PostClaims.Source.SCHEDULE);
        // then
        assertEquals("Discord refused the message to Discord channel 800000000000000201: Bonusbot may not see it (it needs View Channels)"
                + " (README, Install in Discord)", e.getMessage());
        assertInstanceOf(PostOutcome.Posted.class, retried);
        assertInstanceOf(PostOutcome.AlreadyPosted.class, posts.post("nordics", now(), PostClaims.Source.SCHEDULE));
    }

    @Test
    void the_managers_copy_goes_to_their_discord_user() {
        // given
        directMessagesTo(METTE);
        Person mette = app.company().directory().person("mette.lund").orElseThrow();
        TeamPostTarget.ManagerDm dm = new TeamPostTarget.ManagerDm(nordics(), "2026-W50", mette);
        // when
        delivery().deliver(dm, POST, PNG);
        // then
        assertTrue(delivery().reaches(dm));
        assertEquals(List.of(METTE), sent.stream().map(Sent::to).toList());
        MessageCreateData message = sent.get(0).message();
        assertEquals("attachment://nordics-2026-W50.png", message.getEmbeds().get(message.getEmbeds().size() - 1).getImage().getUrl());
    }

    @Test
    void a_manager_without_a_discord_id_is_not_reached_and_named() {
        // given
        Person mette = app.company().directory().person("mette.lund").orElseThrow();
        Person withoutDiscord = new Person(mette.id(), mette.name(), mette.email(), mette.teamId(), mette.hireDate(), mette.leaveDate(), mette.language(),
                Map.of(ChatPlatform.SLACK, mette.chatId(ChatPlatform.SLACK).orElseThrow()));
        TeamPostTarget.ManagerDm dm = new TeamPostTarget.ManagerDm(nordics(), "2026-W50", withoutDiscord);
        // when
        DiscordDeliveryException e = assertThrows(DiscordDeliveryException.class, () -> delivery().deliver(dm, POST, PNG));
        // then
        assertFalse(delivery().reaches(dm));
        assertEquals("no Discord user for mette.lund, the manager of nordics: no discord_id in people.yaml", e.getMessage());
        verifyNoInteractions(jda);
    }

    /** How the manager's direct message goes wrong after the channel has the post. */
    enum DmFailure {
        OPENING_REFUSED, OPENING_THROWS_UNEXPECTEDLY, SENDING_REFUSED, SENDING_THROWS_UNEXPECTEDLY
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @EnumSource(DmFailure.class)
    void a_managers_direct_message_failing_in_any_way_is_reported_and_the_channel_post_is_not_repeated(DmFailure failure) {
        // given the channel takes the post, and Mette's direct message then fails
        ErrorResponseException cannotDm = ErrorResponseException.create(ErrorResponse.CANNOT_SEND_TO_USER, new Response(null, 403, "Forbidden", -1, Set.of()));
        CacheRestAction<PrivateChannel> open = mock(CacheRestAction.class);
        when(jda.openPrivateChannelById(METTE)).thenReturn(open);
        PrivateChannel dm = mock(PrivateChannel.class);
        MessageCreateAction dmSending = mock(MessageCreateAction.class);
        switch (failure) {
            case OPENING_REFUSED -> when(open.complete()).thenThrow(cannotDm);
            case OPENING_THROWS_UNEXPECTEDLY -> when(open.complete()).thenThrow(new NullPointerException("channel"));
            case SENDING_REFUSED -> {
                when(open.complete()).thenReturn(dm);
                when(dm.sendMessage(any(MessageCreateData.class))).thenReturn(dmSending);
                when(dmSending.complete()).thenThrow(cannotDm);
            }
            case SENDING_THROWS_UNEXPECTEDLY -> {
                when(open.complete()).thenReturn(dm);
                when(dm.sendMessage(any(MessageCreateData.class))).thenThrow(new IllegalStateException("closed"));
            }
        }
        TeamPosts posts = app.teamPosts(delivery());
        // when the schedule posts the week, and posts it again
        PostOutcome first = posts.post("nordics", now(), PostClaims.Source.SCHEDULE);
        PostOutcome again = posts.post("nordics", now(), PostClaims.Source.SCHEDULE);
        // then
        assertEquals(List.of(NORDICS_CHANNEL), sent.stream().map(Sent::to).toList());
        List<PostProblem> problems = assertInstanceOf(PostOutcome.Posted.class, first).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("the manager's direct message", problems.get(0).part());
        assertTrue(problems.get(0).reason().contains("a direct message to mette.lund (Discord user " + METTE + ")"), problems.toString());
        assertInstanceOf(PostOutcome.AlreadyPosted.class, again);
    }

    @Test
    void a_channel_message_failing_unexpectedly_before_discord_took_it_frees_the_week_and_it_is_posted_once() {
        // given sending the channel message throws something other than Discord's refusal
        when(sending.complete()).thenThrow(new IllegalStateException("JDA is shutting down"));
        directMessagesTo(METTE);
        TeamPosts posts = app.teamPosts(delivery());
        // when
        assertThrows(DiscordDeliveryException.class, () -> posts.post("nordics", now(), PostClaims.Source.SCHEDULE));
        doReturn(null).when(sending).complete();
        PostOutcome retried = posts.post("nordics", now(), PostClaims.Source.SCHEDULE);
        PostOutcome again = posts.post("nordics", now(), PostClaims.Source.SCHEDULE);
        // then two attempts reached the channel, of which Discord took only the second
        assertEquals(List.of(), assertInstanceOf(PostOutcome.Posted.class, retried).problems());
        assertInstanceOf(PostOutcome.AlreadyPosted.class, again);
        assertEquals(List.of(NORDICS_CHANNEL, NORDICS_CHANNEL, METTE), sent.stream().map(Sent::to).toList());
    }
}
