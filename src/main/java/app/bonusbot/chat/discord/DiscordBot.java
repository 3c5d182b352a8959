package app.bonusbot.chat.discord;

import app.bonusbot.chat.ApprovalTurn;
import app.bonusbot.chat.OwedAnswers;
import app.bonusbot.chat.RecentIds;
import app.bonusbot.chat.SharedDeliveries;
import app.bonusbot.core.approval.ApprovalDelivery;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.command.OptionSuggestions;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.survey.SurveyDelivery;
import app.bonusbot.core.survey.Surveys;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bonusbot in Discord: one JDA session with the {@code GUILDS} intent only (not privileged; it tells the bot its
 * servers and their channels), {@code /bonus} registered in each configured server, and the listeners it is given
 * (such as the survey buttons). Answers are worked out on a small pool of workers, drained at {@link #close()}.
 */
public final class DiscordBot implements AutoCloseable {

    /** How long {@link #start()} waits for Discord's READY. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    static final Duration GRACE = Duration.ofSeconds(10);
    static final int WORKERS = 4;
    static final int WAITING = 100;

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    private static final String DISCORDS_API = "https://discord.com/api/";
    private static final String DISCORDS_GATEWAY = "wss://gateway.discord.gg/";

    private final DiscordSettings settings;
    private final List<EventListener> listeners;
    private final ExecutorService workers;
    /** The {@code /bonus} listener, which also answers for bot processes that stopped; null for a session that only posts. */
    private final BonusSlashCommand command;
    private volatile Session session = new Session();
    private volatile JDA jda;

    /**
     * @param command the {@code /bonus} listener, answering on {@code workers}
     * @param listeners further listeners, e.g. for survey buttons
     * @param workers where {@code command} works out its answers; drained and shut down at {@link #close()}
     */
    public DiscordBot(DiscordSettings settings, BonusSlashCommand command, List<? extends EventListener> listeners, ExecutorService workers) {
        this(settings, all(new CommandRegistration(settings.guildIds()), command, listeners), workers, command);
    }

    private DiscordBot(DiscordSettings settings, List<EventListener> listeners, ExecutorService workers, BonusSlashCommand command) {
        this.settings = settings;
        this.listeners = listeners;
        this.workers = workers;
        this.command = command;
    }

    private static List<EventListener> all(EventListener registration, EventListener command, List<? extends EventListener> more) {
        List<EventListener> all = new ArrayList<>(List.of(registration, command));
        all.addAll(more);
        return all;
    }

    /**
     * A session that only posts, for {@code bonusbot announce} beside a running bot: it listens to nothing, so the
     * commands and clicks Discord also sends this session are left to the bot.
     */
    public DiscordBot(DiscordSettings settings) {
        this(settings, new ArrayList<>(), workers(), null);
    }

    /**
     * The bot answering with the given services: {@code /bonus} with its suggestions as options are typed, and the
     * survey buttons and modals and the Approve buttons, sharing {@link #WORKERS} workers.
     *
     * @param commands the command handler of the bot process, with its surveys
     * @param surveys the surveys, for suggesting their names as options are typed
     * @param company the company as of now (people, teams, settings)
     * @param dealTypes the deal types of the deal mapping, for suggesting them as options are typed
     */
    public static DiscordBot answering(DiscordSettings settings, CommandHandler commands, Surveys surveys, Supplier<Company> company,
            Collection<String> dealTypes, Clock clock) {
        return answering(settings, commands, surveys, company, dealTypes, clock, SharedDeliveries.THIS_PROCESS_ONLY);
    }

    /**
     * As {@link #answering(DiscordSettings, CommandHandler, Surveys, Supplier, Collection, Clock)}, with the interaction
     * ids had by every bot process on the store, so an interaction delivered again to another process counts once.
     */
    public static DiscordBot answering(DiscordSettings settings, CommandHandler commands, Surveys surveys, Supplier<Company> company,
            Collection<String> dealTypes, Clock clock, SharedDeliveries shared) {
        return answering(settings, commands, surveys, company, dealTypes, clock, shared, OwedAnswers.inThisProcessOnly(shared));
    }

    /**
     * As {@link #answering(DiscordSettings, CommandHandler, Surveys, Supplier, Collection, Clock, SharedDeliveries)},
     * with the answers owed kept where every bot process on the store sees them: a {@code /bonus} deferred by a process
     * that dies before answering is answered by another, and this one, once started, answers those of others.
     */
    public static DiscordBot answering(DiscordSettings settings, CommandHandler commands, Surveys surveys, Supplier<Company> company,
            Collection<String> dealTypes, Clock clock, SharedDeliveries shared, OwedAnswers owed) {
        ExecutorService workers = workers();
        // Interaction ids are unique across Discord, so the listeners share one memory of them.
        RecentIds seen = new RecentIds(clock, DeferredReply.PLATFORM, shared);
        DiscordPeople people = new DiscordPeople(() -> company.get().directory());
        BonusSlashCommand command = new BonusSlashCommand(commands, company, people, workers, seen, owed);
        SurveyInteractions interactions = new SurveyInteractions(commands.surveys(), company, workers, seen);
        ApprovalInteractions approvals = new ApprovalInteractions(new ApprovalTurn(commands.approvals(), company), workers, seen);
        OptionSuggestions suggestions = new OptionSuggestions(company, surveys, dealTypes, clock);
        BonusAutocomplete autocomplete = new BonusAutocomplete(suggestions, people);
        DisputeInteractions disputes = new DisputeInteractions(commands, company, workers, seen);
        return new DiscordBot(settings, command, List.of(interactions, approvals, autocomplete, disputes), workers);
    }

    /** Team posts through this bot's session, once it has started. */
    public DiscordPostDelivery postDelivery(Supplier<Company> company) {
        return new DiscordPostDelivery(jda(), company);
    }

    /** Survey rounds by direct message through this bot's session, once it has started. */
    public SurveyDelivery surveyDelivery() {
        return new DiscordSurveyDelivery(jda());
    }

    /** Approval asks and reminders by direct message through this bot's session, once it has started. */
    public ApprovalDelivery approvalDelivery() {
        return new DiscordApprovalDelivery(jda());
    }

    /**
     * Dispute notices through this bot's session, once it has started.
     *
     * @param channel settings.yaml {@code disputes.discord_channel}: sales ops' notices go there instead of to each admin
     */
    public DiscordDisputeNotices disputeNotices(Optional<String> channel) {
        return new DiscordDisputeNotices(jda(), channel);
    }

    /** A few threads and a bounded queue: when both are full, a command is told to try again rather than wait. */
    static ExecutorService workers() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = work -> {
            Thread thread = new Thread(work, "discord-answer-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING), threads,
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** Connects and waits up to {@link #READY_TIMEOUT} for Discord's READY. */
    public void start() {
        start(READY_TIMEOUT);
    }

    /** Connects and waits for Discord's READY; a {@link DiscordStartException} says in one sentence what went wrong. */
    public synchronized void start(Duration timeout) {
        if (jda != null) {
            throw new IllegalStateException("the Discord bot is already started");
        }
        session = new Session();
        JDA started;
        try {
            started = builder().build();
        } catch (InvalidTokenException e) {
            throw new DiscordStartException("Discord refused " + DiscordSettings.TOKEN + ": reset the bot token in the Developer Portal"
                    + " (your application → Bot → Reset Token) and set " + DiscordSettings.TOKEN + " to the new one.");
        } catch (RuntimeException e) {
            throw new DiscordStartException("Discord's API at " + apiUrl() + " could not be reached (" + e.getClass().getSimpleName()
                    + "): check the network, or " + DiscordSettings.API_URL + " if it is set.");
        }
        try {
            session.ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            JDA.Status status = started.getStatus();
            started.shutdownNow();
            throw new DiscordStartException("Discord's gateway at " + gatewayUrl() + " did not get the bot ready within " + timeout.toSeconds()
                    + " seconds (last " + status + "): check that outbound WebSocket connections to it are allowed, or "
                    + DiscordSettings.GATEWAY_URL + " if it is set.");
        } catch (ExecutionException e) {
            started.shutdownNow();
            throw (DiscordStartException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.shutdownNow();
            throw new DiscordStartException("Interrupted while waiting for Discord's gateway at " + gatewayUrl() + ".");
        }
        jda = started;
        log.info("Connected to Discord as {}", started.getSelfUser().getName());
        if (command != null) {
            command.answerForTheDeadThrough(this::running);
        }
    }

    private JDABuilder builder() {
        // JDA always asks for GUILDS (it is no GatewayIntent constant): no other intent, and no privileged one.
        JDABuilder builder = JDABuilder.createLight(settings.token(), EnumSet.noneOf(GatewayIntent.class))
                // The runner stops the bot in order (answers first); JDA's own hook would cut answers off.
                .setEnableShutdownHook(false)
                .addEventListeners(session)
                .addEventListeners(listeners.toArray());
        if (settings.restBaseUrl() != null) {
            builder.setRestConfig(new RestConfig().setBaseUrl(settings.restBaseUrl()));
        }
        if (settings.gatewayUrl() != null) {
            builder.setSessionController(new GatewayAt(settings.gatewayUrl()));
            // A proxy or a test's stand-in speaks plain JSON; Discord's own gateway would compress.
            builder.setCompression(Compression.NONE);
        }
        return builder;
    }

    /** The session while it runs and is not being stopped. */
    private Optional<JDA> running() {
        JDA current = jda;
        return session.closing || current == null ? Optional.empty() : Optional.of(current);
    }

    /** The running session, for deliveries (direct messages, channel posts). */
    public synchronized JDA jda() {
        if (jda == null) {
            throw new IllegalStateException("the Discord bot is not started");
        }
        return jda;
    }

    /**
     * Lets the answers being worked out reach Discord (a command arriving meanwhile is told to try again), then ends
     * the session. Safe to call more than once, and after a failed start.
     */
    @Override
    public synchronized void close() {
        session.closing = true;
        workers.shutdown();
        try {
            if (!workers.awaitTermination(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Discord answers still being worked out after {} seconds are dropped", GRACE.toSeconds());
                workers.shutdownNow();
            }
            if (jda != null) {
                jda.shutdown();
                if (!jda.awaitShutdown(GRACE)) {
                    jda.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
            if (jda != null) {
                jda.shutdownNow();
            }
        }
        jda = null;
    }

    private String apiUrl() {
        return settings.restBaseUrl() == null ? DISCORDS_API : settings.restBaseUrl();
    }

    private String gatewayUrl() {
        return settings.gatewayUrl() == null ? DISCORDS_GATEWAY : settings.gatewayUrl();
    }

    /** Start and end of the session: READY completes the start; an end that was not asked for is named. */
    private final class Session extends ListenerAdapter {
        private final CompletableFuture<Void> ready = new CompletableFuture<>();
        private volatile boolean closing;

        @Override
        public void onReady(ReadyEvent event) {
            ready.complete(null);
        }

        @Override
        public void onShutdown(ShutdownEvent event) {
            String why = why(event.getCloseCode(), event.getCode());
            if (!ready.completeExceptionally(new DiscordStartException(why)) && !closing) {
                log.error("The Discord session ended: {}", why);
            }
        }

        private String why(CloseCode code, int raw) {
            if (code == CloseCode.AUTHENTICATION_FAILED) {
                return "Discord's gateway refused " + DiscordSettings.TOKEN + ": reset the bot token in the Developer Portal (your application →"
                        + " Bot → Reset Token) and set " + DiscordSettings.TOKEN + " to the new one.";
            }
            if (code == CloseCode.DISALLOWED_INTENTS || code == CloseCode.INVALID_INTENTS) {
                return "Discord's gateway refused the GUILDS intent (" + code.getMeaning() + ").";
            }
            return "Discord's gateway at " + gatewayUrl() + " closed the session (" + (code == null ? "code " + raw : code.getMeaning()) + ").";
        }
    }

    /** Discord's gateway, or the one {@code DISCORD_GATEWAY_URL} names. */
    private static final class GatewayAt extends ConcurrentSessionController {
        private final String url;

        GatewayAt(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }
    }
}
