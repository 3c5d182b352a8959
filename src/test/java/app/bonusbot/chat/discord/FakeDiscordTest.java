package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.FakeDiscord.GENERAL_CHANNEL_ID;
import static app.bonusbot.chat.discord.FakeDiscord.GUILD_ID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.components.buttons.Button;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.FileUpload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeDiscordTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String SARA = "1250000000000000401";

    private final BotLikeListener listener = new BotLikeListener(WAIT);
    private FakeDiscord discord;
    private JDA jda;

    @BeforeEach
    void startFakeAndLogIn() {
        discord = FakeDiscord.start();
        discord.addUser(SARA, "sara", "Sara Nielsen", "da");
        jda = discord.login(JDABuilder.createLight(FakeDiscord.BOT_TOKEN, EnumSet.noneOf(GatewayIntent.class)).addEventListeners(listener));
    }

    @AfterEach
    void shutDown() {
        try {
            if (jda != null) {
                jda.shutdownNow();
            }
        } finally {
            discord.close();
        }
    }

    @Test
    void jda_logs_in_and_sees_the_guild_announced_after_ready() {
        // given the login in @BeforeEach

        // when
        Guild guild = jda.getGuildById(GUILD_ID);

        // then
        assertEquals(JDA.Status.CONNECTED, jda.getStatus());
        assertEquals(FakeDiscord.BOT_USER_ID, jda.getSelfUser().getId());
        assertEquals(FakeDiscord.APPLICATION_ID, jda.getSelfUser().getApplicationId());
        assertNotNull(guild, "guild from GUILD_CREATE");
        assertEquals(FakeDiscord.GUILD_NAME, guild.getName());
        assertEquals("general", guild.getTextChannelById(GENERAL_CHANNEL_ID).getName());
        assertNotNull(guild.getSelfMember());
        RecordedRequest tokenCheck = discord.requests().get(0);
        assertEquals("GET users/@me -> 200", tokenCheck.toString());
        assertEquals("Bot " + FakeDiscord.BOT_TOKEN, tokenCheck.header("Authorization"));
        JsonNode identify = discord.gatewayFrames().stream().filter(f -> f.path("op").asInt() == 2).findFirst().orElseThrow();
        assertEquals(FakeDiscord.BOT_TOKEN, identify.path("d").path("token").asText());
    }

    @Test
    void registering_guild_commands_is_recorded_with_their_json_and_given_ids() {
        // given
        Guild guild = jda.getGuildById(GUILD_ID);

        // when
        List<Command> commands = guild.updateCommands().addCommands(Commands.slash("bonus", "Your bonus").addSubcommands(
                new SubcommandData("status", "Where you stand").addOption(OptionType.STRING, "month", "yyyy-mm", false),
                new SubcommandData("help", "What the bot does"))).complete();

        // then
        RecordedRequest put = discord.awaitRequests(r -> r.is("PUT", "applications/\\d+/guilds/" + GUILD_ID + "/commands"), 1, WAIT).get(0);
        JsonNode sent = put.json().get(0);
        assertEquals("bonus", sent.path("name").asText());
        assertEquals("status", sent.path("options").get(0).path("name").asText());
        assertEquals("month", sent.path("options").get(0).path("options").get(0).path("name").asText());
        assertEquals(1, commands.size());
        assertEquals(discord.guildCommands().get(0).path("id").asText(), commands.get(0).getId());
        assertEquals(List.of("status", "help"), commands.get(0).getSubcommands().stream().map(Command.Subcommand::getName).toList());
    }

    @Test
    void a_slash_command_reaches_the_listener_with_user_subcommand_options_and_locale() throws InterruptedException {
        // given
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("month", "2025-11");
        options.put("year", 2025);
        options.put("colleague", FakeDiscord.userOption(FakeDiscord.OWNER_ID));

        // when
        discord.slashCommand(SARA, "bonus", "explain", options);

        // then
        BotLikeListener.Seen seen = listener.next();
        assertEquals("slash bonus explain by " + SARA + " in TEXT (da)", seen.summary());
        assertEquals(Map.of("month", "2025-11", "year", "2025", "colleague", "ingrid.owner"), seen.values());
    }

    @Test
    void a_subcommand_group_arrives_nested_as_discord_sends_it() throws InterruptedException {
        // given the group "admin" with its subcommand "recalculate"

        // when
        discord.slashCommand(SARA, "bonus", "admin", "recalculate", Map.of("month", "2025-10"));

        // then
        BotLikeListener.Seen seen = listener.next();
        assertEquals("slash bonus admin/recalculate by " + SARA + " in TEXT (da)", seen.summary());
        assertEquals(Map.of("month", "2025-10"), seen.values());
    }

    @Test
    void a_deferred_ephemeral_reply_reaches_the_callback_and_its_embed_the_original_message() throws InterruptedException {
        // given the listener defers "status" ephemerally, then edits in an embed

        // when
        Interaction asked = discord.slashCommand(SARA, "bonus", "status", Map.of("month", "2025-11"));

        // then
        listener.next();
        Callback callback = discord.awaitCallback(asked, WAIT);
        assertEquals(Callback.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, callback.type());
        assertEquals(64, callback.flags());
        SentMessage edit = discord.awaitOriginalEdits(asked, 1, WAIT).get(0);
        assertEquals("Your bonus for 2025-11", edit.embed(0).path("title").asText());
        assertEquals("Paid deals", edit.embed(0).path("fields").get(0).path("name").asText());
        assertEquals(asked.channelId(), edit.channelId());
        assertEquals(64, edit.request().responseJson().path("flags").asInt(), "ephemeral, no longer loading");
        assertEquals("deferred, then edited", listener.awaitAnswer());
    }

    @Test
    void a_direct_ephemeral_reply_is_recorded_as_a_callback_with_its_content() throws InterruptedException {
        // given the listener answers "help" right away, only to the user

        // when
        Interaction asked = discord.slashCommand(SARA, "bonus", "help", Map.of());

        // then
        listener.next();
        Callback callback = discord.awaitCallback(asked, WAIT);
        assertEquals(Callback.CHANNEL_MESSAGE_WITH_SOURCE, callback.type());
        assertTrue(callback.ephemeral());
        assertEquals("Bonusbot answers /bonus status.", callback.data().path("content").asText());
        assertEquals(List.of(callback), discord.callbacks());
        assertEquals("replied", listener.awaitAnswer());
    }

    @Test
    void a_button_click_in_a_dm_reaches_the_listener_and_its_deferred_edit_reaches_the_fake() throws InterruptedException {
        // given a DM by the bot with a button
        Message survey = jda.openPrivateChannelById(SARA)
                .flatMap(dm -> dm.sendMessage("Was this month's payout right?").addActionRow(Button.primary("survey:yes", "Yes")))
                .complete();

        // when
        Interaction click = discord.buttonClick(SARA, "survey:yes", survey.getId(), true);

        // then
        BotLikeListener.Seen seen = listener.next();
        assertEquals("button survey:yes by " + SARA + " in PRIVATE (da)", seen.summary());
        assertEquals(Map.of("label", "Yes", "message", survey.getId()), seen.values());
        assertEquals(Callback.DEFERRED_UPDATE_MESSAGE, discord.awaitCallback(click, WAIT).type());
        SentMessage edit = discord.awaitOriginalEdits(click, 1, WAIT).get(0);
        assertEquals("Thanks, noted.", edit.content());
        assertEquals(survey.getId(), edit.messageId());
        assertEquals(discord.dmChannelId(SARA), edit.channelId());
        assertEquals("edit deferred, then made", listener.awaitAnswer());
    }

    @Test
    void a_modal_submit_reaches_the_listener_with_its_values() throws InterruptedException {
        // given a modal with two text inputs

        // when
        Interaction submitted = discord.modalSubmit(SARA, "deal-note", Map.of("customer", "Fjord Foods", "note", "Renewal, 3 years"), null);

        // then
        BotLikeListener.Seen seen = listener.next();
        assertEquals("modal deal-note by " + SARA + " in TEXT (da)", seen.summary());
        assertEquals(Map.of("customer", "Fjord Foods", "note", "Renewal, 3 years"), seen.values());
        Callback callback = discord.awaitCallback(submitted, WAIT);
        assertEquals(Callback.CHANNEL_MESSAGE_WITH_SOURCE, callback.type());
        assertTrue(callback.ephemeral());
        assertEquals("replied", listener.awaitAnswer());
    }

    @Test
    void a_dm_with_an_embed_and_a_png_is_recorded_with_the_file() {
        // given
        byte[] png = png();
        MessageEmbed embed = new EmbedBuilder().setTitle("November payout").setDescription("1 234,50 kr")
                .setImage("attachment://chart.png").build();

        // when
        Message sent = jda.openPrivateChannelById(SARA)
                .flatMap(dm -> dm.sendMessageEmbeds(embed).addFiles(FileUpload.fromData(png, "chart.png")))
                .complete();

        // then
        assertEquals(SARA, discord.requests().stream().filter(r -> r.is("POST", "users/@me/channels")).findFirst().orElseThrow()
                .json().path("recipient_id").asText());
        SentMessage dm = discord.awaitDmsTo(SARA, 1, WAIT).get(0);
        assertEquals("November payout", dm.embed(0).path("title").asText());
        assertEquals("attachment://chart.png", dm.embed(0).path("image").path("url").asText());
        UploadedFile file = dm.files().get(0);
        assertEquals("chart.png", file.filename());
        assertArrayEquals(png, file.bytes());
        assertTrue(file.isPng());
        assertEquals(dm.messageId(), sent.getId());
        assertEquals("chart.png", sent.getAttachments().get(0).getFileName());
        assertEquals(png.length, sent.getAttachments().get(0).getSize());
    }

    @Test
    void a_planned_missing_access_fails_one_send_with_discords_error_code() {
        // given
        discord.failNextMessage(DiscordError.MISSING_ACCESS);

        // when
        ErrorResponseException refused = assertThrows(ErrorResponseException.class,
                () -> jda.getTextChannelById(GENERAL_CHANNEL_ID).sendMessage("Weekly leaderboard").complete());
        Message delivered = jda.getTextChannelById(GENERAL_CHANNEL_ID).sendMessage("Weekly leaderboard").complete();

        // then
        assertEquals(ErrorResponse.MISSING_ACCESS, refused.getErrorResponse());
        assertEquals(403, refused.getResponse().code);
        assertEquals(List.of(delivered.getId()), discord.channelMessages(GENERAL_CHANNEL_ID).stream().map(SentMessage::messageId).toList());
        RecordedRequest refusedRequest = discord.requests().stream().filter(r -> r.status() == 403).findFirst().orElseThrow();
        assertEquals("Weekly leaderboard", refusedRequest.json().path("content").asText());
        assertEquals(50001, refusedRequest.responseJson().path("code").asInt());
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x2E7D32);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
