package app.bonusbot.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.core.survey.SurveyRounds;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bonusbot's own Discord bot ({@link DiscordBot#answering}) logged in to {@link FakeDiscord} over loopback: the
 * demo company of {@link DiscordTestBed} (noon on 27 November 2026), a fake guild with the id of settings.yaml's
 * {@code discord.guilds} and the Nordics team's channel of posts.yaml, and {@code /bonus} registered there before a
 * test begins. Every wait is bounded, so a bot that does not answer fails the test instead of hanging it.
 */
final class LiveDiscordBot implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(5);
    /** The Nordics team's discord_channel in posts.yaml. */
    static final String NORDICS_CHANNEL = "800000000000000201";
    static final String SURVEY_PREFIX = SurveyComponentId.PREFIX;

    final DiscordTestBed bed;
    final FakeDiscord discord;
    final DiscordBot bot;

    private LiveDiscordBot(DiscordTestBed bed, FakeDiscord discord, DiscordBot bot) {
        this.bed = bed;
        this.discord = discord;
        this.bot = bot;
    }

    /** Starts the bot as the bot process does, and waits until {@code /bonus} is registered in the configured guild. */
    static LiveDiscordBot start(Path dir) {
        return start(dir, config -> { });
    }

    /** As {@link #start(Path)}, on a copy of bot-config/ changed by {@code editConfig} first. */
    static LiveDiscordBot start(Path dir, java.util.function.Consumer<Path> editConfig) {
        DiscordTestBed bed = DiscordTestBed.open(dir, editConfig);
        List<String> guilds = bed.application.config().discordGuilds();
        assertEquals(1, guilds.size(), "settings.yaml discord.guilds: " + guilds);
        FakeDiscord discord = FakeDiscord.start(guilds.get(0)).addTextChannel(NORDICS_CHANNEL, "nordics");
        Application app = bed.application;
        DiscordBot bot = DiscordBot.answering(new DiscordSettings(FakeDiscord.BOT_TOKEN, discord.restBaseUrl(), discord.gatewayUrl(), guilds),
                app.commands(), app.surveys(), app::company, app.config().dealMapping().dealTypes().values(), app.clock());
        LiveDiscordBot live = new LiveDiscordBot(bed, discord, bot);
        try {
            bot.start(Duration.ofSeconds(10));
            discord.awaitRequests(r -> r.is("PUT", "applications/\\d+/guilds/" + guilds.get(0) + "/commands"), 1, WAIT);
        } catch (RuntimeException | AssertionError e) {
            live.close();
            throw e;
        }
        return live;
    }

    String guildId() {
        return discord.guildId();
    }

    /** {@code /bonus SUBCOMMAND} typed in #general. */
    Interaction bonus(String userId, String subcommand, Map<String, ?> options) {
        return discord.slashCommand(userId, BonusCommandData.NAME, subcommand, options);
    }

    /** {@code /bonus GROUP SUBCOMMAND} typed in #general. */
    Interaction bonus(String userId, String group, String subcommand, Map<String, ?> options) {
        return discord.slashCommand(userId, BonusCommandData.NAME, group, subcommand, options);
    }

    /** The answer to a command: deferred at once and only for the caller, then the deferred reply edited once. */
    SentMessage answer(Interaction asked) {
        Callback deferred = discord.awaitCallback(asked, WAIT);
        assertEquals(Callback.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, deferred.type(), "deferred: " + deferred.request());
        assertTrue(deferred.ephemeral(), "only the caller sees it: flags " + deferred.flags());
        return discord.awaitOriginalEdits(asked, 1, WAIT).get(0);
    }

    /** A click on a button of a bot message in a user's DMs: acknowledged as a deferred update, then the message edited. */
    SentMessage click(String userId, SentMessage on, String customId) {
        Interaction click = discord.buttonClick(userId, customId, on.messageId(), true);
        assertEquals(Callback.DEFERRED_UPDATE_MESSAGE, discord.awaitCallback(click, WAIT).type());
        return discord.awaitOriginalEdits(click, 1, WAIT).get(0);
    }

    /**
     * Opens a round of the demo survey now and delivers it through the bot, as the bot's pass over open rounds does
     * with a round opened by hand; says how many it reached.
     */
    SurveyRounds.Sent openSurveyRound() {
        SurveyRounds rounds = bed.application.surveyRounds(bot.surveyDelivery());
        assertInstanceOf(SurveyRounds.Opening.Opened.class, rounds.openNow(bed.application.config().surveys().get(0)));
        SurveyRounds.Tick tick = rounds.tick();
        assertEquals(1, tick.delivered().size(), tick.toString());
        return tick.delivered().get(0);
    }

    void closeSurveyRound() {
        bed.application.surveyRounds(bot.surveyDelivery()).closeNow(bed.application.config().surveys().get(0)).orElseThrow();
    }

    /** The custom ids of a message's buttons, row by row. */
    static List<String> customIds(SentMessage message) {
        List<String> ids = new ArrayList<>();
        for (JsonNode row : message.components()) {
            row.path("components").forEach(component -> ids.add(component.path("custom_id").asText()));
        }
        return ids;
    }

    /** The one button whose custom id ends so, e.g. {@code ":clarity:a:4"}. */
    static String button(SentMessage message, String ending) {
        List<String> matching = customIds(message).stream().filter(id -> id.endsWith(ending)).toList();
        assertEquals(1, matching.size(), "buttons ending in " + ending + " among " + customIds(message));
        return matching.get(0);
    }

    /** Everything the message shows: its content and embeds as JSON. */
    static String text(SentMessage message) {
        return message.content() + message.embeds();
    }

    /** Lets the answers in progress reach the fake (the bot drains its workers, JDA finishes its requests), then stops all. */
    @Override
    public void close() {
        try {
            bot.close();
        } finally {
            try {
                discord.close();
            } finally {
                bed.close();
            }
        }
    }
}
