package app.bonusbot.bot.replicas;

import app.bonusbot.DemoCompany;
import app.bonusbot.bot.Application;
import app.bonusbot.chat.discord.DiscordSettings;
import app.bonusbot.chat.discord.FakeDiscord;
import app.bonusbot.chat.slack.FakeSlackApi;
import app.bonusbot.config.ConfigLoader;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import app.bonusbot.store.StoreAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Several bot processes in Slack's HTTP mode and in Discord at once on one PostgreSQL store, with {@link FakeSlackApi}
 * as Slack, as a load balancer sees them (requests go round-robin to the processes still alive), and {@link FakeDiscord}
 * as Discord, where each process has a session of its own, named after the process. The store is set up first, from
 * this JVM (migrated, the demo company seeded from a copy of bot-config/), so that the processes start together on a
 * store that is ready. The copy's survey opens a round today, so the round and the week's team posts are due the
 * moment the processes start. In the copy {@link #SLACK_ONLY} has no Discord id and {@link #DISCORD_ONLY} no Slack id.
 */
final class ReplicaCluster implements AutoCloseable {

    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String SURVEY_KEY = "replica-test-survey-key-0123456789abcdef";
    private static final Duration START = Duration.ofSeconds(60);
    /** The Nordics team's discord_channel in posts.yaml. */
    static final String NORDICS_DISCORD_CHANNEL = "800000000000000201";
    /** People of the copy reached on one platform only: Ida Mortensen on Slack, Felix Braun and Oliver Kjær on Discord. */
    static final List<String> SLACK_ONLY = List.of("ida.mortensen");
    static final List<String> DISCORD_ONLY = List.of("felix.braun", "oliver.kjaer");

    final FakeSlackApi slack;
    final FakeDiscord discord;
    final Application store;
    final SlashCommands commands;
    private final List<ReplicaProcess> replicas = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    private ReplicaCluster(FakeSlackApi slack, FakeDiscord discord, Application store) {
        this.slack = slack;
        this.discord = discord;
        this.store = store;
        this.commands = new SlashCommands(slack, SIGNING_SECRET);
    }

    /** Sets up the store and starts {@code count} processes at once, returning when all are healthy. */
    static ReplicaCluster start(int count, StoreAddress.Postgres address, Path dir) {
        Path config = copyOfBotConfig(dir);
        FakeSlackApi slack = FakeSlackApi.start();
        FakeDiscord discord = FakeDiscord.start().addTextChannel(NORDICS_DISCORD_CHANNEL, "nordics");
        Application store;
        try {
            store = Application.open(config, address, Clock::system, true, null);
        } catch (RuntimeException e) {
            slack.close();
            discord.close();
            throw e;
        }
        ReplicaCluster cluster = new ReplicaCluster(slack, discord, store);
        try {
            for (Person p : store.company().directory().people()) {
                p.chatId(ChatPlatform.SLACK).ifPresent(id -> slack.addUser(id, p.name(), p.email()));
            }
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put(StoreAddress.ENV_URL, address.url());
            address.password().ifPresent(pw -> environment.put(StoreAddress.ENV_PASSWORD, pw));
            environment.put("BONUSBOT_SURVEY_KEY", SURVEY_KEY);
            environment.put("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN);
            environment.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
            environment.put("SLACK_API_URL", slack.methodsUrl());
            environment.put(DiscordSettings.TOKEN, FakeDiscord.BOT_TOKEN);
            environment.put(DiscordSettings.API_URL, discord.restBaseUrl());
            for (int i = 1; i <= count; i++) {
                String name = "replica-" + i;
                Map<String, String> own = new LinkedHashMap<>(environment);
                own.put(DiscordSettings.GATEWAY_URL, discord.gatewayUrl(name));
                cluster.replicas.add(ReplicaProcess.start(name, config, own, dir));
            }
            cluster.awaitAllHealthy();
            return cluster;
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void awaitAllHealthy() {
        ExecutorService waits = Executors.newFixedThreadPool(replicas.size());
        try {
            // Healthy once Slack's listener runs; Discord's session is connected after it.
            List<Future<?>> all = replicas.stream().<Future<?>>map(r -> waits.submit(() -> {
                r.awaitHealthy(START);
                discord.awaitReady(r.name(), START);
            })).toList();
            for (Future<?> wait : all) {
                wait.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            waits.shutdownNow();
        }
    }

    List<ReplicaProcess> replicas() {
        return List.copyOf(replicas);
    }

    ReplicaProcess replica(int index) {
        return replicas.get(index);
    }

    /** The next live process in turn, as a load balancer whose health check dropped the dead ones. */
    URI nextReplica() {
        for (int tries = 0; tries < replicas.size(); tries++) {
            ReplicaProcess candidate = replicas.get(Math.floorMod(next.getAndIncrement(), replicas.size()));
            if (candidate.alive()) {
                return candidate.events();
            }
        }
        throw new AssertionError("no bot process is alive");
    }

    /** The names of the Discord sessions of the processes still alive. */
    List<String> liveDiscordSessions() {
        return replicas.stream().filter(ReplicaProcess::alive).map(ReplicaProcess::name).toList();
    }

    /** The live process after the given one, for sending a repeat somewhere else than the original. */
    URI otherThan(URI replica, int steps) {
        List<ReplicaProcess> alive = replicas.stream().filter(ReplicaProcess::alive).toList();
        int at = 0;
        for (int i = 0; i < alive.size(); i++) {
            if (alive.get(i).events().equals(replica)) {
                at = i;
            }
        }
        return alive.get(Math.floorMod(at + steps, alive.size())).events();
    }

    /** Every process's log, for a failure message. */
    String logs() {
        StringBuilder all = new StringBuilder();
        replicas.forEach(r -> all.append("\n----- ").append(r.name()).append(" -----\n").append(r.log()));
        return all.toString();
    }

    @Override
    public void close() {
        replicas.forEach(ReplicaProcess::close);
        store.close();
        slack.close();
        discord.close();
    }

    /**
     * bot-config/ as shipped, but with its survey's round opening today at midnight (in the company's zone), and
     * {@link #SLACK_ONLY} and {@link #DISCORD_ONLY} on one platform.
     */
    private static Path copyOfBotConfig(Path dir) {
        Path config = DemoCompany.configCopy(dir);
        Path people = config.resolve("people.yaml");
        DemoCompany.replace(people, "    discord_id: \"700000000000000401\"\n", "");
        DemoCompany.replace(people, "    slack_id: U0FELIX01\n", "");
        DemoCompany.replace(people, "    slack_id: U0OLIVER1\n", "");
        Path surveys = config.resolve("surveys.yaml");
        ZonedDateTime today = ZonedDateTime.now(ConfigLoader.load(config).settings().zone());
        DemoCompany.replace(surveys, "schedule: \"0 10 1 1,4,7,10 *\"", "schedule: \"0 0 " + today.getDayOfMonth() + " " + today.getMonthValue() + " *\"");
        return config;
    }
}
