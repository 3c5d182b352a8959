package app.bonusbot.chat.slack;

import app.bonusbot.chat.ApprovalTurn;
import app.bonusbot.chat.OwedAnswers;
import app.bonusbot.chat.RecentIds;
import app.bonusbot.chat.SharedDeliveries;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.company.Company;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the Bolt app of Bonusbot: {@code /bonus}, the App Home tab, and the buttons and free-text modals of survey
 * messages, and the Approve buttons of approval messages. The app is the
 * same in Socket Mode and in HTTP mode; a transport hands it Slack's requests ({@code app.run(request)}) and starts and
 * stops it.
 */
public final class SlackBot {

    /** The slash command, as in the app manifest. */
    public static final String COMMAND = "/bonus";

    private SlackBot() {}

    /**
     * The app answering with the given services.
     *
     * @param api every Web API call and the response URLs go through it; its {@link SlackApi#slack()} becomes the
     *     app's, so Bolt's own calls (auth.test, Socket Mode's apps.connections.open) reach the same URL
     * @param commands the command handler of the bot process, with its surveys
     * @param company the company as of now (people, teams, settings), for languages and who manages whom
     * @param people who is who in Slack, shared with the deliveries of posts and surveys
     * @param executor where the work after each ack runs: {@code App::executorService} for the app's own (a few threads
     *     per core and a bounded queue, see {@link AnswerThreads}), which the transports drain when they stop;
     *     otherwise owned by the caller
     * @param clock for how long Slack's retries and identities are remembered
     */
    public static App app(SlackSettings settings, SlackApi api, CommandHandler commands, Supplier<Company> company, SlackPeople people,
            Function<App, Executor> executor, Clock clock) {
        return app(settings, api, commands, company, people, executor, clock, SharedDeliveries.THIS_PROCESS_ONLY);
    }

    /**
     * As {@link #app(SlackSettings, SlackApi, CommandHandler, Supplier, SlackPeople, Function, Clock)}, with the
     * deliveries had by every bot process on the store, so a retry that reaches another process counts once.
     */
    public static App app(SlackSettings settings, SlackApi api, CommandHandler commands, Supplier<Company> company, SlackPeople people,
            Function<App, Executor> executor, Clock clock, SharedDeliveries shared) {
        return app(settings, api, commands, company, people, executor, clock, shared, OwedAnswers.inThisProcessOnly(shared));
    }

    /**
     * As {@link #app(SlackSettings, SlackApi, CommandHandler, Supplier, SlackPeople, Function, Clock, SharedDeliveries)},
     * with the answers owed for acknowledged commands kept in the store: those of a bot process that died are
     * answered by this one ({@link OwedAnswers#takeOverWith}).
     */
    public static App app(SlackSettings settings, SlackApi api, CommandHandler commands, Supplier<Company> company, SlackPeople people,
            Function<App, Executor> executor, Clock clock, SharedDeliveries shared, OwedAnswers owed) {
        App app = bolt(settings, api);
        return register(app, api, commands, company, people, executor.apply(app), new RecentIds(clock, BonusSlashCommand.PLATFORM, shared), owed);
    }

    private static App bolt(SlackSettings settings, SlackApi api) {
        return new App(AppConfig.builder()
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                .slack(api.slack())
                .executorServiceProvider(new AnswerThreads())
                .threadPoolSize(AnswerThreads.forCores(Runtime.getRuntime().availableProcessors()))
                .build());
    }

    private static App register(App app, SlackApi api, CommandHandler commands, Supplier<Company> company, SlackPeople people,
            Executor executor, RecentIds deliveries, OwedAnswers owed) {
        BonusSlashCommand bonus = new BonusSlashCommand(api, commands, company, people, deliveries, executor, owed);
        app.command(COMMAND, bonus);
        owed.takeOverWith(BonusSlashCommand.PLATFORM, BonusSlashCommand.ANSWERABLE_FOR, bonus::answerForTheDead);
        app.event(AppHomeOpenedEvent.class, new HomeTab(api, commands, company, people, deliveries, executor));
        app.blockAction(SurveyButtons.ACTIONS, new SurveyButtons(api, commands.surveys(), company, people, deliveries, executor));
        SurveyTextModal textModal = new SurveyTextModal(api, commands.surveys(), company, people, deliveries, executor);
        app.blockAction(SurveyTextModal.WRITE_ACTIONS, textModal::open);
        app.viewSubmission(SurveyTextModal.CALLBACK_ID, textModal::submit);
        app.blockAction(ApprovalButtons.ACTIONS, new ApprovalButtons(api, new ApprovalTurn(commands.approvals(), company), people, deliveries, executor));
        DisputeModal disputes = new DisputeModal(api, commands, company, people, executor);
        app.blockAction(DisputeModal.BUTTONS, disputes::open);
        app.viewSubmission(DisputeModal.CALLBACK_ID, disputes::submit);
        return app;
    }
}
