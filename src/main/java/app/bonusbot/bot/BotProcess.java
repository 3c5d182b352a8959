package app.bonusbot.bot;

import app.bonusbot.bot.Platforms.Platform;
import app.bonusbot.core.announce.PostDelivery;
import app.bonusbot.core.announce.TeamPosts;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.dispute.DisputeNotices;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.schedule.Routine;
import app.bonusbot.core.survey.SurveyDelivery;
import app.bonusbot.core.survey.Surveys;
import app.bonusbot.chat.discord.DiscordBot;
import app.bonusbot.chat.discord.DiscordPostDelivery;
import app.bonusbot.chat.discord.DiscordSettings;
import app.bonusbot.chat.discord.DiscordStartException;
import app.bonusbot.chat.slack.SlackApi;
import app.bonusbot.chat.slack.SlackApprovalDelivery;
import app.bonusbot.chat.slack.SlackDisputeNotices;
import app.bonusbot.chat.slack.SlackBot;
import app.bonusbot.chat.slack.SlackMode;
import app.bonusbot.chat.slack.SlackPeople;
import app.bonusbot.chat.slack.SlackPostDelivery;
import app.bonusbot.chat.slack.SlackSettings;
import app.bonusbot.chat.slack.SlackSurveyDelivery;
import app.bonusbot.chat.slack.transport.SlackStartException;
import app.bonusbot.chat.slack.transport.SlackTransport;
import app.bonusbot.crm.hubspot.BackgroundSync;
import app.bonusbot.crm.hubspot.HubSpotConnection;
import app.bonusbot.crm.hubspot.HubSpotSync;
import app.bonusbot.crm.hubspot.webhook.HubSpotWebhooks;
import app.bonusbot.store.ChatIdentityStore;
import app.bonusbot.store.DeliveriesSeen;
import app.bonusbot.store.Leases;
import app.bonusbot.store.PendingAnswers;
import app.bonusbot.store.StoreProbe;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of a long-running Bonusbot process: on one {@link Application} it holds the services every
 * platform shares (the source of the current company, the command handler, the surveys), connects the chat
 * platforms handing each only the services it uses, and schedules the weekly team posts and survey rounds once for
 * all of them. {@code bonusbot announce} connects its posting-only platforms here too.
 */
public final class BotProcess {

    private static final Logger log = LoggerFactory.getLogger(BotProcess.class);

    private final Application application;
    private final Supplier<Company> company;
    private final CommandHandler commands;
    private final Surveys surveys;
    private Optional<HubSpotWebhooks> hubspotWebhooks = Optional.empty();
    private BackgroundSync crmSync;

    public BotProcess(Application application) {
        this.application = application;
        this.company = application::company;
        this.commands = application.commands();
        this.surveys = application.surveys();
    }

    /**
     * Serves HubSpot's deal change webhooks at {@value HubSpotWebhooks#PATH} on Slack's HTTP-mode listener, when the
     * environment has {@value HubSpotWebhooks#SECRET_ENV}; a correctly signed deal event calls {@code requestPass}. Call
     * before {@link #connect}. Polling goes on regardless: a webhook only brings the next pass forward.
     *
     * @param requestPass asks the HubSpot sync for an incremental pass now, returning at once
     * @return whether webhooks will be served (the secret is set)
     */
    public boolean receiveHubSpotWebhooks(Map<String, String> environment, Runnable requestPass) {
        // HubSpot stamps its requests with the real time: checked against the wall clock, like Slack's, not against a
        // business date pinned with --today.
        hubspotWebhooks = HubSpotWebhooks.fromEnvironment(environment, Clock.systemUTC(), requestPass);
        return hubspotWebhooks.isPresent();
    }

    /** The one command handler every platform of the process answers with. */
    public CommandHandler commands() {
        return commands;
    }

    /** The surveys every platform answers and the schedule opens rounds of. */
    public Surveys surveys() {
        return surveys;
    }

    /**
     * Connects the platforms that answer {@code /bonus}: Slack first, then Discord, each with its deliveries. When one
     * cannot start, the ones started are stopped and its exception is thrown.
     *
     * @param lostForGood told when Slack's Socket Mode connection is gone for good, after the start
     * @throws SlackStartException when Slack cannot start
     * @throws DiscordStartException when Discord cannot start
     */
    public Platforms connect(Optional<SlackSettings> slack, Optional<DiscordSettings> discord, Consumer<SlackStartException> lostForGood) {
        Platforms platforms = new Platforms();
        try {
            if (slack.isPresent() || discord.isPresent()) {
                // One lease on being alive for the process, taken before the first command can be owed an answer; given
                // back after the platforms stopped, which let the answers under way finish: what is still owed is handed over.
                StoreOwedAnswers owed = new StoreOwedAnswers(new PendingAnswers(application.database(), Leases.thisProcess()), deliveries());
                owed.start();
                platforms.addShared(owed);
                slack.ifPresent(settings -> platforms.add(answeringInSlack(settings, lostForGood, owed)));
                discord.ifPresent(settings -> platforms.add(answeringInDiscord(settings, owed)));
            }
        } catch (RuntimeException e) {
            platforms.close();
            throw e;
        }
        deliverDisputeNotices(platforms.disputes());
        return platforms;
    }

    /**
     * Dispute notices from now on go through these platforms (the console's own, for the console chat); a notice one of
     * them cannot deliver is logged.
     */
    public void deliverDisputeNotices(List<DisputeNotices> platforms) {
        application.disputes().messenger().deliverThrough(platforms, e -> log.warn("a dispute notice was not delivered: {}", e.getMessage()));
    }

    /**
     * Connects platforms only to post on, for {@code bonusbot announce} beside a running bot: Slack by its Web API,
     * Discord in a session of its own that listens to nothing, so the running bot keeps answering.
     *
     * @throws DiscordStartException when Discord cannot start
     */
    public Platforms connectForPosting(Optional<SlackSettings> slack, Optional<DiscordSettings> discord) {
        Platforms platforms = new Platforms();
        try {
            slack.ifPresent(settings -> {
                SlackApi api = SlackApi.create(settings);
                SlackPeople people = slackPeople(api);
                platforms.add(new Platform("Slack", () -> { }, new SlackPostDelivery(api, people, company), new SlackSurveyDelivery(api, people)));
            });
            discord.ifPresent(settings -> {
                DiscordBot bot = started(new DiscordBot(settings));
                platforms.add(new Platform("Discord", bot, bot.postDelivery(company), bot.surveyDelivery()));
            });
        } catch (RuntimeException e) {
            platforms.close();
            throw e;
        }
        return platforms;
    }

    /** The weekly team posts of posts.yaml, delivered by the given platforms. */
    public TeamPosts teamPosts(PostDelivery delivery) {
        return application.teamPosts(delivery);
    }

    /**
     * The process's routines on a scheduler, not started yet: each team's weekly post and the survey rounds. Each week
     * and each round step is claimed in the store, so a second process on the same database never repeats it.
     */
    public Scheduler scheduler(PostDelivery posts, SurveyDelivery surveyDelivery) {
        return scheduler(posts, surveyDelivery, List.of());
    }

    /**
     * The routines of a bot connected to chat platforms: as {@link #scheduler(PostDelivery, SurveyDelivery)}, and, when
     * settings.yaml requires approval, the asks and daily reminders of managers who have not approved (each claimed in
     * the store, so sent once across processes).
     */
    public Scheduler scheduler(Platforms platforms) {
        return scheduler(platforms.posts(), platforms.surveys(), application.approvalRoutines(platforms.approvals()));
    }

    private Scheduler scheduler(PostDelivery posts, SurveyDelivery surveyDelivery, List<Routine> more) {
        List<Routine> routines = new ArrayList<>(teamPosts(posts).routines());
        routines.addAll(application.surveyRoutines(surveyDelivery));
        routines.addAll(more);
        routines.add(new DisputeAnswers(application.disputes(), application.config().settings().zone()));
        if (crmSync != null) {
            routines.add(crmSync);
        }
        return new Scheduler(application.clock(), routines);
    }

    /**
     * The background sync from HubSpot when {@code HUBSPOT_TOKEN} is set and settings.yaml does not turn it off: the token
     * is checked once (the portal and any missing scope are logged and told to {@code say}), and {@link #scheduler}
     * then runs a pass every poll interval. A HubSpot that cannot be reached is logged; the bot answers all the same
     * from the deals it has. The caller closes what is returned; its {@link BackgroundSync#requestPass()} asks for a
     * pass at once (webhooks).
     */
    public Optional<BackgroundSync> syncFromHubSpot(Map<String, String> environment, Consumer<String> say) {
        Optional<HubSpotConnection> connection = HubSpotConnection.fromEnvironment(environment);
        if (connection.isEmpty()) {
            return Optional.empty();
        }
        if (!application.config().hubspot().sync()) {
            say.accept("HubSpot: HUBSPOT_TOKEN is set, but settings.yaml turns the sync off (hubspot.sync: false)");
            return Optional.empty();
        }
        HubSpotSync sync = application.hubSpotSync(connection.get());
        try {
            say.accept(sync.checkToken().describe() + "; syncing deals every " + sync.pollInterval().toSeconds() + " s");
        } catch (RuntimeException e) {
            say.accept("HubSpot: the token could not be checked (" + e.getMessage() + "); the sync tries every "
                    + sync.pollInterval().toSeconds() + " s, and the bot answers from the deals it has");
        }
        crmSync = new BackgroundSync(sync, application.config().settings().zone(), new Leases(application.database()));
        return Optional.of(crmSync);
    }

    private Platform answeringInSlack(SlackSettings settings, Consumer<SlackStartException> lostForGood, StoreOwedAnswers owed) {
        // One Web API client and one cache of who is who, for the answers and for the posts and surveys alike.
        SlackApi api = SlackApi.create(settings);
        SlackPeople people = slackPeople(api);
        StoreDeliveries deliveries = deliveries();
        App app = SlackBot.app(settings, api, commands, company, people, App::executorService, application.clock(), deliveries, owed);
        if (hubspotWebhooks.isPresent() && settings.mode() != SlackMode.HTTP) {
            log.info("{} is set, but HubSpot's webhooks need Slack's HTTP mode (--http PORT) to have a listener; the sync polls only",
                    HubSpotWebhooks.SECRET_ENV);
        }
        // The load balancer's health check also asks whether this replica reaches the store (one probe a second at most).
        SlackTransport transport = SlackTransport.forSettings(settings, app, lostForGood, hubspotWebhooks, deliveries,
                new StoreProbe(application.database()));
        try {
            transport.start();
        } catch (SlackStartException e) {
            transport.close();
            throw e;
        }
        return new Platform("Slack", transport, new SlackPostDelivery(api, people, company), new SlackSurveyDelivery(api, people),
                new SlackApprovalDelivery(api, people), new SlackDisputeNotices(api, people, application.config().disputes().slackChannel()));
    }

    private Platform answeringInDiscord(DiscordSettings settings, StoreOwedAnswers owed) {
        DiscordBot bot = started(DiscordBot.answering(settings, commands, surveys, company,
                application.config().dealMapping().dealTypes().values(), application.clock(), deliveries(), owed));
        DiscordPostDelivery delivery = bot.postDelivery(company);
        Map<String, String> channels = new LinkedHashMap<>();
        application.config().posts().teams().forEach(t -> t.channel(ChatPlatform.DISCORD).ifPresent(channel -> channels.put(t.teamId(), channel)));
        delivery.unseenChannels(channels).forEach((team, channel) -> log.warn("team {}: Discord channel {} of posts.yaml is not in a server Bonusbot"
                + " is in, or Bonusbot may not view it; its weekly post will fail until it is (README, Install in Discord)", team, channel));
        return new Platform("Discord", bot, delivery, bot.surveyDelivery(), bot.approvalDelivery(),
                bot.disputeNotices(application.config().disputes().discordChannel()));
    }

    private static DiscordBot started(DiscordBot bot) {
        try {
            bot.start();
        } catch (DiscordStartException e) {
            bot.close();
            throw e;
        }
        return bot;
    }

    /** What the platforms delivered lately, as every bot process on the store has had it. */
    private StoreDeliveries deliveries() {
        return new StoreDeliveries(new DeliveriesSeen(application.database()));
    }

    /** Who is who in Slack, with Slack's answers kept in the store. */
    private SlackPeople slackPeople(SlackApi api) {
        return new SlackPeople(api, new ChatIdentityStore(application.database()), () -> company.get().directory(), application.clock());
    }
}
