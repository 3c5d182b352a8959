package app.bonusbot.chat.discord;

import app.bonusbot.chat.discord.DiscordWorld.FakeUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.SessionController;

/**
 * A loopback stand-in for Discord that real JDA logs in to: a REST API (Discord API v10 under {@link #restBaseUrl()})
 * and a gateway WebSocket ({@link #gatewayUrl()}, JSON, no compression). Logging in with {@link #BOT_TOKEN} gets READY
 * and then its guild ({@link #GUILD_ID}, or the id given to {@link #start(String)}; text channel
 * {@link #GENERAL_CHANNEL_ID}) as GUILD_CREATE. Tests send slash commands, button clicks and modal submits over the
 * gateway and read what the bot answered: every REST request is recorded with the fake's answer (before the answer
 * goes out, so it is in the log when JDA's call returns), and views pick out accepted interaction callbacks,
 * {@code @original} edits, followups, channel messages and DMs with files.
 * Routes the fake does not know get Discord's {@code 404 {"message": "404: Not Found", "code": 0}}, a wrong token 401.
 *
 * <p>Ids the fake makes up are snowflakes of the current time: JDA refuses hook requests for interactions whose id
 * says they are older than 15 minutes. Users appear on first mention ({@code user} + the id's last four digits) unless
 * named with {@link #addUser}. Messages the bot posts are kept, so a {@link #buttonClick} on one carries its buttons.
 *
 * <pre>
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *     discord.addUser("1250000000000000401", "sara", "Sara Nielsen", "da");
 *     JDA jda = discord.login(JDABuilder.createLight(FakeDiscord.BOT_TOKEN, EnumSet.noneOf(GatewayIntent.class))
 *             .addEventListeners(bot));                       // CONNECTED, the guild cached
 *     Interaction asked = discord.slashCommand("1250000000000000401", "bonus", "status", Map.of("month", "2025-11"));
 *     discord.awaitCallback(asked, Duration.ofSeconds(5)).ephemeral();  // type 5: the bot deferred
 *     discord.awaitOriginalEdits(asked, 1, Duration.ofSeconds(5)).get(0).embed(0).path("title");
 *     discord.awaitDmsTo("1250000000000000401", 1, Duration.ofSeconds(5)).get(0).files();
 *     discord.failNextMessage(DiscordError.CANNOT_DM_USER);   // the next channel message or DM gets 403 / 50007
 *     jda.shutdownNow();
 * }
 * </pre>
 */
public final class FakeDiscord implements AutoCloseable {

    /** Shaped like a real bot token (base64 of the bot's id, a timestamp part, an HMAC part); it opens nothing. */
    public static final String BOT_TOKEN = "MTI1MDAwMDAwMDAwMDAwMDAwMQ.GfAkE0.bonusbot-loopback-fake-discord-token-000000";
    /** The application's id, which is also its bot user's id, as for every bot made since 2020. */
    public static final String APPLICATION_ID = "1250000000000000001";
    public static final String BOT_USER_ID = APPLICATION_ID;
    public static final String BOT_USERNAME = "Bonusbot";
    /**
     * The guild's id unless {@link #start(String)} names another: the server of bot-config/settings.yaml
     * ({@code discord.guilds}), so the shipped configuration registers /bonus here.
     */
    public static final String GUILD_ID = "900000000000000001";
    public static final String GUILD_NAME = "Nordlys Sales";
    /** The guild's text channel #general, where {@link #slashCommand} commands are sent from. */
    public static final String GENERAL_CHANNEL_ID = "1250000000000000200";
    /** The guild's owner (username {@code ingrid.owner}), a member besides the bot. */
    public static final String OWNER_ID = "1250000000000000300";

    private static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(10);

    private final DiscordWorld world;
    private final FakeDiscordGateway gateway;
    private final FakeDiscordRest rest;
    private final InteractionPayloads payloads;

    private FakeDiscord(DiscordWorld world, FakeDiscordGateway gateway) {
        this.world = world;
        this.gateway = gateway;
        this.rest = FakeDiscordRest.start(new RestRoutes(world, gateway.url()));
        this.payloads = new InteractionPayloads(world);
    }

    /** Listens on free ports of 127.0.0.1, with the guild {@link #GUILD_ID}. */
    public static FakeDiscord start() {
        return start(GUILD_ID);
    }

    /** Listens on free ports of 127.0.0.1, with a guild of this id: a configured one, e.g. settings.yaml's discord.guilds. */
    public static FakeDiscord start(String guildId) {
        DiscordWorld world = new DiscordWorld(guildId);
        return new FakeDiscord(world, FakeDiscordGateway.start(world));
    }

    /** The id of the one guild the bot is in. */
    public String guildId() {
        return world.guildId;
    }

    /** For {@link RestConfig#setBaseUrl}: {@code http://127.0.0.1:PORT/api/v10/}. */
    public String restBaseUrl() {
        return rest.baseUrl();
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    /**
     * The gateway URL for one of several sessions logged in at once (several bot processes): the session that
     * connects under it is known by {@code session}, for {@link #slashCommandTo}.
     */
    public String gatewayUrl(String session) {
        return gateway.url(session);
    }

    /** Waits until a client identified under {@link #gatewayUrl(String)}'s {@code session} and got READY and GUILD_CREATE. */
    public void awaitReady(String session, Duration timeout) {
        gateway.awaitReady(session, timeout);
    }

    public RestConfig restConfig() {
        return new RestConfig().setBaseUrl(restBaseUrl());
    }

    /** JDA asks its session controller for the gateway URL (it never calls {@code GET gateway} unless sharded). */
    public SessionController sessionController() {
        String url = gatewayUrl();
        return new ConcurrentSessionController() {
            @Override
            public String getGateway() {
                return url;
            }
        };
    }

    /** Points a builder at the fake: REST base URL, gateway URL, no compression. */
    public JDABuilder configure(JDABuilder builder) {
        return builder.setRestConfig(restConfig()).setSessionController(sessionController()).setCompression(Compression.NONE);
    }

    /**
     * Configures and builds JDA, then waits (10 s at most) as {@link JDA#awaitReady()} does, but bounded: until the
     * status is CONNECTED, which JDA sets after ReadyEvent's listeners ran. The guild is cached by then.
     */
    public JDA login(JDABuilder builder) {
        return ConnectedJda.build(configure(builder), LOGIN_TIMEOUT,
                () -> "gateway frames received: " + gateway.received() + "; REST: " + rest.requests());
    }

    /** Waits until a client identified and got READY and GUILD_CREATE. */
    public void awaitReady(Duration timeout) {
        gateway.awaitReady(timeout);
    }

    /** Names a user; {@code locale} (e.g. {@code da}, {@code en-US}) is what their interactions carry. */
    public FakeDiscord addUser(String id, String username, String globalName, String locale) {
        world.addUser(new FakeUser(id, username, globalName, locale, false));
        return this;
    }

    /** Adds a text channel to the guild; takes effect for clients that identify afterwards. */
    public FakeDiscord addTextChannel(String id, String name) {
        world.addTextChannel(id, name);
        return this;
    }

    /** The DM channel between the bot and a user (what {@code POST users/@me/channels} answers). */
    public String dmChannelId(String userId) {
        return world.dmChannelId(userId);
    }

    /** A value for a USER option (type 6) in {@link #slashCommand}: JDA resolves it to the user and member. */
    public static UserOption userOption(String userId) {
        return new UserOption(userId);
    }

    /** A slash command in #general with a subcommand (or none: null) and options, see {@link #slashCommandIn}. */
    public Interaction slashCommand(String userId, String command, String subcommand, Map<String, ?> options) {
        return slashCommandIn(GENERAL_CHANNEL_ID, userId, command, null, subcommand, options);
    }

    public Interaction slashCommand(String userId, String command, String group, String subcommand, Map<String, ?> options) {
        return slashCommandIn(GENERAL_CHANNEL_ID, userId, command, group, subcommand, options);
    }

    /**
     * Sends INTERACTION_CREATE for a slash command from a guild text channel or a DM channel ({@link #dmChannelId}).
     * Option values map to Discord's option types: String 3, Integer/Long 4, Boolean 5, Double/BigDecimal 10,
     * {@link #userOption} 6. The command's id is the registered one when the bot registered the command.
     */
    public Interaction slashCommandIn(String channelId, String userId, String command, String group, String subcommand,
            Map<String, ?> options) {
        if (!world.knowsChannel(channelId)) {
            throw new IllegalArgumentException("channel " + channelId + " is neither a text channel of the guild nor a DM channel");
        }
        Interaction interaction = open(Interaction.APPLICATION_COMMAND, channelId, userId, null);
        gateway.dispatch("INTERACTION_CREATE", payloads.slashCommand(interaction, command, group, subcommand, options));
        return interaction;
    }

    /**
     * One slash command in #general sent to each of the named sessions ({@link #gatewayUrl(String)}) that is connected,
     * as Discord might deliver an interaction again to another session of the bot: one interaction, one id, one token.
     * Fails when none of them is connected.
     */
    public Interaction slashCommandTo(List<String> sessions, String userId, String command, String group, String subcommand,
            Map<String, ?> options) {
        Interaction interaction = open(Interaction.APPLICATION_COMMAND, GENERAL_CHANNEL_ID, userId, null);
        ObjectNode payload = payloads.slashCommand(interaction, command, group, subcommand, options);
        long sent = sessions.stream().filter(session -> gateway.dispatchTo(session, "INTERACTION_CREATE", payload)).count();
        if (sent == 0) {
            throw new IllegalStateException("none of the sessions " + sessions + " is connected to the fake gateway");
        }
        return interaction;
    }

    /**
     * Sends INTERACTION_CREATE for an autocomplete (type 4) in #general, as Discord does while a user types an option
     * marked for autocomplete: the options as typed so far (strings), {@code focused} the one being typed. The bot
     * answers with a callback of type 8 and its choices.
     */
    public Interaction autocomplete(String userId, String command, String group, String subcommand, Map<String, String> options, String focused) {
        if (!options.containsKey(focused)) {
            throw new IllegalArgumentException("the focused option " + focused + " is not among the options " + options.keySet());
        }
        Interaction interaction = open(Interaction.APPLICATION_COMMAND_AUTOCOMPLETE, GENERAL_CHANNEL_ID, userId, null);
        gateway.dispatch("INTERACTION_CREATE", payloads.autocomplete(interaction, command, group, subcommand, options, focused));
        return interaction;
    }

    /** A click on a button of a bot message (the stored message, with its components, when the bot posted it here). */
    public Interaction buttonClick(String userId, String customId, String messageId, boolean inDm) {
        Objects.requireNonNull(messageId, "a button sits on a message: messageId");
        Interaction interaction = open(Interaction.MESSAGE_COMPONENT, inDm ? dmChannelId(userId) : GENERAL_CHANNEL_ID, userId, messageId);
        gateway.dispatch("INTERACTION_CREATE", payloads.buttonClick(interaction, customId, message(interaction)));
        return interaction;
    }

    /** A modal submitted in #general; {@code values} maps text inputs' custom ids to what the user typed. */
    public Interaction modalSubmit(String userId, String customId, Map<String, String> values, String messageId) {
        return modalSubmit(userId, customId, values, messageId, false);
    }

    /** A modal submitted; {@code messageId} is the message whose button opened it, or null (opened by a command). */
    public Interaction modalSubmit(String userId, String customId, Map<String, String> values, String messageId, boolean inDm) {
        Interaction interaction = open(Interaction.MODAL_SUBMIT, inDm ? dmChannelId(userId) : GENERAL_CHANNEL_ID, userId, messageId);
        ObjectNode message = messageId == null ? null : message(interaction);
        gateway.dispatch("INTERACTION_CREATE", payloads.modalSubmit(interaction, customId, values, message));
        return interaction;
    }

    /** Sends any other gateway event (op 0), e.g. {@code GUILD_MEMBER_ADD}. */
    public void dispatch(String type, ObjectNode data) {
        gateway.dispatch(type, data);
    }

    /** The frames JDA sent over the gateway: IDENTIFY (token, intents), heartbeats, presence updates. */
    public List<JsonNode> gatewayFrames() {
        return gateway.received();
    }

    /** Every REST request in arrival order, answered or refused. */
    public List<RecordedRequest> requests() {
        return rest.requests();
    }

    /** Waits until {@code count} requests match; returns all that match. Fails with the whole log after the timeout. */
    public List<RecordedRequest> awaitRequests(Predicate<RecordedRequest> wanted, int count, Duration timeout) {
        return rest.await(wanted, count, timeout, "matching requests");
    }

    /** Interaction callbacks that were accepted, in order. */
    public List<Callback> callbacks() {
        return rest.requests().stream().filter(RequestFilters.callback(null)).map(Callback::of).toList();
    }

    public Callback awaitCallback(Interaction interaction, Duration timeout) {
        return Callback.of(rest.await(RequestFilters.callback(interaction), 1, timeout, "callback to " + interaction).get(0));
    }

    /** Edits of an interaction's {@code @original} message (deferred replies filled in, deferred updates made). */
    public List<SentMessage> originalEdits(String token) {
        return messages(RequestFilters.originalEdit(token));
    }

    public List<SentMessage> awaitOriginalEdits(Interaction interaction, int count, Duration timeout) {
        return rest.await(RequestFilters.originalEdit(interaction.token()), count, timeout, "@original edits").stream()
                .map(SentMessage::of).toList();
    }

    /** Followup messages of an interaction ({@code POST webhooks/{app}/{token}}). */
    public List<SentMessage> followups(String token) {
        return messages(RequestFilters.followup(token));
    }

    /** Messages the bot posted into a channel (guild or DM) and Discord accepted. */
    public List<SentMessage> channelMessages(String channelId) {
        return messages(RequestFilters.channelMessage(channelId));
    }

    public List<SentMessage> awaitChannelMessages(String channelId, int count, Duration timeout) {
        return rest.await(RequestFilters.channelMessage(channelId), count, timeout, "messages in " + channelId).stream()
                .map(SentMessage::of).toList();
    }

    /** Messages the bot posted into its DM channel with a user. */
    public List<SentMessage> dmsTo(String userId) {
        return channelMessages(dmChannelId(userId));
    }

    public List<SentMessage> awaitDmsTo(String userId, int count, Duration timeout) {
        return awaitChannelMessages(dmChannelId(userId), count, timeout);
    }

    /** The guild's commands as last registered, with the ids the fake gave them. */
    public ArrayNode guildCommands() {
        return world.commands(world.guildId);
    }

    public ArrayNode globalCommands() {
        return world.commands("global");
    }

    /** The next request matching the method and path ({@code "channels/\\d+/messages"}) gets the error instead. */
    public FakeDiscord failNext(String method, String pathRegex, DiscordError error) {
        rest.failNext(method, pathRegex, error);
        return this;
    }

    /**
     * From now on an edit of an interaction's {@code @original} response is held, unanswered and never recorded, until
     * {@link #releaseHeld()}: a test can stop a bot process while its answer is on the way. Held arrivals are counted.
     */
    public FakeDiscord holdOriginalEdits() {
        rest.holdOriginalEdits();
        return this;
    }

    /** Lets held edits go (closed unanswered: they never count) and takes edits as usual from now on. */
    public FakeDiscord releaseHeld() {
        rest.releaseHeld();
        return this;
    }

    /** How many {@code @original} edits have been held so far. */
    public int heldArrivals() {
        return rest.heldArrivals();
    }

    /** The next {@code POST channels/{id}/messages} (channel or DM) gets the error, e.g. {@code MISSING_ACCESS}. */
    public FakeDiscord failNextMessage(DiscordError error) {
        return failNext("POST", "channels/\\d+/messages", error);
    }

    @Override
    public void close() {
        rest.close();
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Interaction open(int type, String channelId, String userId, String messageId) {
        String id = world.ids.next();
        Interaction interaction = new Interaction(id, InteractionPayloads.token(id), type, channelId, userId, messageId);
        world.open(interaction);
        return interaction;
    }

    private List<SentMessage> messages(Predicate<RecordedRequest> wanted) {
        return rest.requests().stream().filter(wanted).map(SentMessage::of).toList();
    }

    private ObjectNode message(Interaction interaction) {
        ObjectNode stored = world.message(interaction.messageId());
        return stored != null ? stored : MessageJson.placeholder(world, interaction.messageId(), interaction.channelId());
    }
}
