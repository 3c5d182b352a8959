package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.DiscordTestBed.ANNA;
import static app.bonusbot.chat.discord.DiscordTestBed.GHOST;
import static app.bonusbot.chat.discord.DiscordTestBed.KARIN;
import static app.bonusbot.chat.discord.DiscordTestBed.METTE;
import static app.bonusbot.chat.discord.LiveDiscordBot.NORDICS_CHANNEL;
import static app.bonusbot.chat.discord.LiveDiscordBot.WAIT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.announce.PostClaims;
import app.bonusbot.core.announce.PostOutcome;
import app.bonusbot.core.announce.PreparedPost;
import app.bonusbot.core.announce.TeamPostView;
import app.bonusbot.core.announce.TeamPosts;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bonusbot in Discord end to end: real JDA logged in to a loopback fake Discord (REST API and gateway), the demo
 * company on a SQLite file. Slash commands arrive over the fake gateway; what the bot answers is read on the fake REST
 * side, as Discord would receive it.
 */
class DiscordEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private LiveDiscordBot live;

    @BeforeEach
    void the_bot_is_running_in_the_configured_server() {
        live = LiveDiscordBot.start(dir);
    }

    @AfterEach
    void stop() {
        live.close();
    }

    /** What Bonusbot's command layer answers the person, rendered for Discord, as the JSON of its embeds. */
    private JsonNode renderedEmbeds(String personId, String text) {
        try {
            return JSON.readTree(EmbedSnapshots.json(live.bed.rendered(personId, text).embeds()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void at_start_bonus_is_registered_in_the_configured_server_with_every_sub_command() {
        // given the start in @BeforeEach

        // when
        List<RecordedRequest> registrations = live.discord.requests().stream().filter(r -> r.is("PUT", "applications/.*commands")).toList();

        // then only the server of settings.yaml got commands, and exactly /bonus
        assertEquals(List.of("PUT applications/" + FakeDiscord.APPLICATION_ID + "/guilds/" + live.guildId() + "/commands -> 200"),
                registrations.stream().map(RecordedRequest::toString).toList());
        JsonNode commands = registrations.get(0).json();
        assertEquals(1, commands.size());
        JsonNode bonus = commands.get(0);
        assertEquals("bonus", bonus.path("name").asText());
        Map<String, Integer> subcommands = new LinkedHashMap<>();
        bonus.path("options").forEach(o -> subcommands.put(o.path("name").asText(), o.path("type").asInt()));
        assertEquals(Map.ofEntries(Map.entry("status", 1), Map.entry("explain", 1), Map.entry("whatif", 1), Map.entry("team", 1), Map.entry("statement", 1),
                Map.entry("help", 1), Map.entry("feedback", 1), Map.entry("approve", 1), Map.entry("disputes", 1), Map.entry("report", 1), Map.entry("admin", 2),
                Map.entry("survey", 2), Map.entry("dispute", 2)), subcommands);
        assertEquals("status", group(bonus, "admin").path("options").get(0).path("name").asText());
        assertEquals(2, group(bonus, "admin").path("options").size());
        assertEquals("results", group(bonus, "survey").path("options").get(0).path("name").asText());
        assertEquals(1, group(bonus, "survey").path("options").size());
        assertEquals("bonus", live.discord.guildCommands().get(0).path("name").asText());
        assertEquals(0, live.discord.globalCommands().size());
    }

    private static JsonNode group(JsonNode command, String name) {
        for (JsonNode option : command.path("options")) {
            if (option.path("name").asText().equals(name)) {
                return option;
            }
        }
        throw new AssertionError("no option " + name + " in " + command);
    }

    @Test
    void bonus_status_from_annas_discord_user_is_deferred_privately_then_answered_with_her_figures() {
        // given what the engine works out for Anna
        Reply reply = live.bed.application.commands().handle("anna.holm", "status");
        String total = lastField(reply).value();

        // when
        Interaction asked = live.bonus(ANNA, "status", Map.of());

        // then
        SentMessage answer = live.answer(asked);
        assertEquals(renderedEmbeds("anna.holm", "status"), answer.embeds());
        assertTrue(LiveDiscordBot.text(answer).contains(total), total + " in " + answer.embeds());
        assertTrue(answer.embed(0).path("title").asText().contains("Anna Holm"), answer.embed(0).toString());
        assertTrue(answer.request().responseJson().path("flags").asInt() == 64, "still visible to Anna alone: " + answer.request().responseBody());
        assertEquals(List.of(), live.discord.followups(asked.token()));
    }

    @Test
    void typing_a_plan_to_explain_offers_annas_plans_as_choices_at_once() {
        // when Anna has typed "qua" into the plan option of /bonus explain
        Interaction typing = live.discord.autocomplete(ANNA, BonusCommandData.NAME, null, "explain", Map.of("plan", "qua"), "plan");

        // then the bot answers the autocomplete itself (type 8) with her quarterly plan, named, its id the value
        Callback answered = live.discord.awaitCallback(typing, WAIT);
        assertEquals(Callback.APPLICATION_COMMAND_AUTOCOMPLETE_RESULT, answered.type(), answered.request().toString());
        JsonNode choices = answered.data().path("choices");
        assertEquals(1, choices.size(), choices.toString());
        assertEquals("Quarterly new business bonus (quarterly-bonus)", choices.get(0).path("name").asText());
        assertEquals("quarterly-bonus", choices.get(0).path("value").asText());
        assertEquals(List.of(), live.discord.originalEdits(typing.token()));
    }

    @Test
    void typing_a_person_for_admin_status_offers_a_seller_no_one() {
        // when Anna types a name into the person option of /bonus admin status
        Interaction typing = live.discord.autocomplete(ANNA, BonusCommandData.NAME, "admin", "status", Map.of("person", "a"), "person");

        // then she is answered, with no choices: the directory is for admins
        Callback answered = live.discord.awaitCallback(typing, WAIT);
        assertEquals(Callback.APPLICATION_COMMAND_AUTOCOMPLETE_RESULT, answered.type(), answered.request().toString());
        assertEquals(0, answered.data().path("choices").size(), answered.data().toString());
    }

    /** Whether a text shows an amount of money, as the demo company writes them: DKK 1,500.00 or 1.500,00 kr. */
    private static boolean showsAmounts(String text) {
        return text.contains("DKK") || text.matches("(?s).*\\d kr\\..*");
    }

    private static Block.Field lastField(Reply reply) {
        Block.Field last = null;
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Fields fields && !fields.fields().isEmpty()) {
                last = fields.fields().get(fields.fields().size() - 1);
            }
        }
        assertTrue(last != null, "a status with figures: " + reply);
        return last;
    }

    @Test
    void a_discord_user_nobody_knows_is_told_they_are_not_enrolled_with_their_user_id() {
        // given the company's language, as for anyone Bonusbot does not know
        Texts texts = Texts.of(live.bed.application.company().settings().language());

        // when
        Interaction asked = live.bonus(GHOST, "status", Map.of());

        // then
        SentMessage answer = live.answer(asked);
        String shown = LiveDiscordBot.text(answer);
        assertTrue(shown.contains(texts.get("error.not_enrolled")), shown);
        assertTrue(shown.contains(texts.get("discord.member_id", GHOST)), shown);
        assertFalse(showsAmounts(shown), shown);
    }

    @Test
    void admin_status_of_anna_is_refused_for_a_seller() {
        // when Anna asks for her own figures through the admin command
        Interaction asked = live.bonus(ANNA, "admin", "status", Map.of("person", "anna.holm"));

        // then she is refused, as the core refuses her on Slack
        SentMessage answer = live.answer(asked);
        assertEquals(renderedEmbeds("anna.holm", "admin status anna.holm"), answer.embeds());
        assertTrue(LiveDiscordBot.text(answer).contains("admins"), answer.embeds().toString());
        assertFalse(showsAmounts(LiveDiscordBot.text(answer)), answer.embeds().toString());
    }

    @Test
    void admin_status_of_anna_is_answered_for_the_admin() {
        // given what the engine works out for Anna, as Karin reads it
        String total = lastField(live.bed.application.commands().handle("karin.dahl", "admin status anna.holm")).value();

        // when Karin, sales ops and admin in settings.yaml, asks
        Interaction asked = live.bonus(KARIN, "admin", "status", Map.of("person", "anna.holm"));

        // then she sees Anna's figures, in her own language
        SentMessage answer = live.answer(asked);
        assertEquals(renderedEmbeds("karin.dahl", "admin status anna.holm"), answer.embeds());
        assertTrue(answer.embed(0).path("title").asText().contains("Anna Holm"), answer.embed(0).toString());
        assertTrue(LiveDiscordBot.text(answer).contains(total), total + " in " + answer.embeds());
    }

    @Test
    void the_weekly_post_reaches_the_nordics_channel_once_with_its_chart_and_no_amounts_of_pay() {
        // given the Nordics team's posts through the running bot
        TeamPosts posts = live.bed.application.teamPosts(live.bot.postDelivery(live.bed.application::company));
        ZonedDateTime now = ZonedDateTime.now(live.bed.application.clock());

        // when the week is posted, and then posted again
        PostOutcome first = posts.post("nordics", now, PostClaims.Source.ANNOUNCE);
        PostOutcome again = posts.post("nordics", now, PostClaims.Source.SCHEDULE);

        // then one message in the channel of posts.yaml, with embeds and the chart shown in the last one
        assertInstanceOf(PostOutcome.Posted.class, first);
        assertInstanceOf(PostOutcome.AlreadyPosted.class, again);
        List<SentMessage> inChannel = live.discord.awaitChannelMessages(NORDICS_CHANNEL, 1, WAIT);
        assertEquals(1, inChannel.size(), inChannel.toString());
        SentMessage post = inChannel.get(0);
        String chart = "nordics-" + TeamPosts.weekOf(live.bed.application.today()) + ".png";
        assertEquals(List.of(chart), post.files().stream().map(UploadedFile::filename).toList());
        assertTrue(post.files().get(0).isPng(), "PNG signature");
        assertTrue(post.embeds().size() >= 1, post.payload().toString());
        assertEquals("attachment://" + chart, post.embed(post.embeds().size() - 1).path("image").path("url").asText());
        PreparedPost.Copy prepared = ((PostOutcome.Posted) first).post().channel();
        assertArrayEquals(prepared.chartPng(), post.files().get(0).bytes());
        Texts texts = Texts.of(TeamPostView.languageOf(live.bed.application.company(), prepared.target().team()));
        List<String> titles = new EmbedRenderer().message(prepared.post().reply(), texts).embeds().stream().map(MessageEmbed::getTitle).toList();
        List<String> sentTitles = new ArrayList<>();
        post.embeds().forEach(embed -> sentTitles.add(embed.path("title").asText(null)));
        assertEquals(titles, sentTitles);
        String shown = LiveDiscordBot.text(post);
        assertTrue(shown.contains("Anna Holm") && shown.contains("%"), "members by name with their attainment: " + shown);
        assertFalse(showsAmounts(shown), "no amount of pay in a channel: " + shown);
        // and the manager's copy (manager_dm in posts.yaml) in Mette's direct messages, also only once
        assertEquals(1, live.discord.awaitDmsTo(METTE, 1, WAIT).size());
        assertEquals(1, live.discord.channelMessages(NORDICS_CHANNEL).size());
        assertEquals(1, live.discord.dmsTo(METTE).size());
    }

    @Test
    void statement_of_a_closed_period_is_answered_privately_with_the_frozen_figures() {
        // GIVEN Q3 closed by sales ops
        app.bonusbot.DemoCompany.close(dir, "2026-Q3");

        // WHEN Anna asks for her Q3 statement with the statement sub-command
        Interaction asked = live.bonus(ANNA, "statement", Map.of("period", "2026-Q3"));

        // THEN the answer is hers alone, the frozen statement marked as what was paid
        SentMessage answer = live.answer(asked);
        assertEquals(renderedEmbeds("anna.holm", "statement 2026-Q3"), answer.embeds());
        assertEquals("Statement · Anna Holm · Q3 2026", answer.embed(0).path("title").asText());
        assertTrue(LiveDiscordBot.text(answer).contains("Closed on 27 Nov 2026 by cli: this is what was paid"), answer.embeds().toString());
        assertTrue(LiveDiscordBot.text(answer).contains("DKK 12,111.11"), answer.embeds().toString());
        assertTrue(answer.request().responseJson().path("flags").asInt() == 64, "visible to Anna alone: " + answer.request().responseBody());
    }
}
