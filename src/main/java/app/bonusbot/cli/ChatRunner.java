package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.bot.BotProcess;
import app.bonusbot.crm.hubspot.BackgroundSync;
import app.bonusbot.bot.Platforms;
import app.bonusbot.bot.Scheduler;
import app.bonusbot.chat.discord.DiscordSettings;
import app.bonusbot.chat.discord.DiscordStartException;
import app.bonusbot.chat.slack.SlackSettings;
import app.bonusbot.chat.slack.transport.SlackStartException;
import app.bonusbot.chat.slack.transport.SlackTransport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Bonusbot on its chat platforms until the process is stopped: Slack, Discord, or both in one process, with the
 * same store, commands, weekly posts and surveys. Says what starts in the first line, starts each platform (a platform
 * that cannot start stops the others and the run), says "Ready" once all are connected, schedules the posts and survey
 * rounds once for all platforms, and stops gracefully at SIGTERM or Ctrl-C, or with an exit code of its own when
 * Slack's Socket Mode connection is gone for good. No token or secret is ever printed.
 */
final class ChatRunner {

    private static final Logger log = LoggerFactory.getLogger(ChatRunner.class);

    private final Optional<SlackSettings> slack;
    private final Optional<DiscordSettings> discord;

    private Map<String, String> environment = Map.of();

    /** The environment HUBSPOT_TOKEN is read from, for the background sync. */
    ChatRunner withEnvironment(Map<String, String> env) {
        this.environment = env;
        return this;
    }

    ChatRunner(Optional<SlackSettings> slack, Optional<DiscordSettings> discord) {
        if (slack.isEmpty() && discord.isEmpty()) {
            throw new IllegalArgumentException("no chat platform to run on");
        }
        this.slack = slack;
        this.discord = discord;
    }

    /** What the first line says, e.g. "Slack in Socket Mode and Discord". */
    String description() {
        List<String> platforms = new ArrayList<>();
        slack.ifPresent(s -> platforms.add(SlackTransport.describe(s)));
        discord.ifPresent(d -> platforms.add("Discord (" + d.guildIds().size() + (d.guildIds().size() == 1 ? " server)" : " servers)")));
        return String.join(" and ", platforms);
    }

    int run(StoreOptions store, PrintWriter err, StopSignal stopSignal) throws InterruptedException {
        err.println("Bonusbot " + Version.current() + " · " + description());
        err.flush();
        try (Application application = store.open()) {
            BotProcess process = new BotProcess(application);
            List<AutoCloseable> running = new ArrayList<>();
            CompletableFuture<SlackStartException> lost = new CompletableFuture<>();
            try {
                Optional<BackgroundSync> sync = process.syncFromHubSpot(environment, line -> {
                    err.println(line);
                    err.flush();
                });
                sync.ifPresent(running::add);
                // Webhooks only bring the next pass forward, so they need the sync; the listener is set up by connect.
                if (sync.isPresent()) {
                    process.receiveHubSpotWebhooks(environment, sync.get()::requestPass);
                } else if (environment.get("HUBSPOT_CLIENT_SECRET") != null) {
                    err.println("HubSpot: HUBSPOT_CLIENT_SECRET is set but no sync runs (no HUBSPOT_TOKEN, or hubspot.sync: false): webhooks are not received");
                    err.flush();
                }
                Platforms platforms = connect(process, lost);
                running.add(platforms);
                // Posts, survey rounds and approval asks run in the bot process itself, once for all platforms. Stopped
                // first, so no post starts while the platforms stop.
                Scheduler scheduler = process.scheduler(platforms);
                running.add(scheduler);
                scheduler.start();
            } catch (RuntimeException e) {
                closeAll(running);
                throw e;
            }
            err.println("Ready: answering /bonus in " + answering() + " on " + store.address().describe() + " with " + store.config
                    + ", weekly team posts and surveys scheduled. Ctrl-C or SIGTERM stops gracefully.");
            err.flush();
            return awaitEnd(stopSignal, running, lost, err);
        }
    }

    /**
     * Waits for the stop signal, or for a platform whose connection is gone for good. The stop signal is awaited on a
     * thread of its own so that either can end the run: at a stop everything stops gracefully and the exit code is 0;
     * at a lost connection everything stops too and the exit code says why, for a supervisor to restart the bot.
     */
    private static int awaitEnd(StopSignal stopSignal, List<AutoCloseable> running, CompletableFuture<SlackStartException> lost, PrintWriter err)
            throws InterruptedException {
        AtomicBoolean closed = new AtomicBoolean();
        CompletableFuture<Integer> stopped = new CompletableFuture<>();
        Thread waiting = new Thread(() -> {
            try {
                // Within the stop itself: at SIGTERM the JVM exits as soon as the stop has run.
                stopSignal.awaitThen(() -> {
                    if (closed.compareAndSet(false, true)) {
                        closeAll(running);
                        err.println("Bonusbot stopped.");
                        err.flush();
                    }
                });
                stopped.complete(ExitCodes.OK);
            } catch (InterruptedException e) {
                stopped.completeExceptionally(e);
            } catch (RuntimeException | Error e) {
                stopped.completeExceptionally(e);
            }
        }, "bonusbot-stop-signal");
        waiting.setDaemon(true);
        waiting.start();
        try {
            CompletableFuture.anyOf(stopped, lost).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) e.getCause();
        }
        if (stopped.isDone()) {
            return stopped.join();
        }
        SlackStartException gone = lost.join();
        if (closed.compareAndSet(false, true)) {
            closeAll(running);
        }
        throw new UserError(gone.getMessage(), exitCode(gone));
    }

    /** A refused token needs a person; an unreachable Slack only a restart, later. */
    private static int exitCode(SlackStartException e) {
        return switch (e.kind()) {
            case TOKEN_REFUSED -> ExitCodes.TOKEN_REFUSED;
            case UNREACHABLE -> ExitCodes.UNREACHABLE;
            case OTHER -> ExitCodes.FAILURE;
        };
    }

    /** The last started first: the scheduler (no new posts), then each platform. */
    private static void closeAll(List<AutoCloseable> running) {
        for (int i = running.size() - 1; i >= 0; i--) {
            AutoCloseable next = running.get(i);
            try {
                next.close();
            } catch (Exception e) {
                log.warn("stopping {} failed", next.getClass().getSimpleName(), e);
            }
        }
    }

    private String answering() {
        List<String> where = new ArrayList<>();
        slack.ifPresent(s -> where.add("Slack (and its App Home tab)"));
        discord.ifPresent(d -> where.add("Discord"));
        return String.join(" and ", where);
    }

    private Platforms connect(BotProcess process, CompletableFuture<SlackStartException> lost) {
        try {
            return process.connect(slack, discord, lost::complete);
        } catch (SlackStartException e) {
            throw new UserError(e.getMessage(), exitCode(e));
        } catch (DiscordStartException e) {
            throw new UserError(e.getMessage());
        }
    }
}
