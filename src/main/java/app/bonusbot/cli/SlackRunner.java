package app.bonusbot.cli;

import app.bonusbot.Application;
import app.bonusbot.core.schedule.Routine;
import app.bonusbot.scheduling.Scheduler;
import app.bonusbot.slack.SlackApi;
import app.bonusbot.slack.SlackBot;
import app.bonusbot.slack.SlackPostDelivery;
import app.bonusbot.slack.SlackSettings;
import app.bonusbot.slack.SlackSurveyDelivery;
import app.bonusbot.slack.transport.SlackStartException;
import app.bonusbot.slack.transport.SlackTransport;
import com.slack.api.bolt.App;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Bonusbot in Slack until the process is stopped: says which mode in the first line, opens the application,
 * builds the Bolt app, starts the transport, and stops it gracefully at SIGTERM or Ctrl-C. No token or secret is
 * ever printed: only the mode, the port and the path.
 */
final class SlackRunner {

    private SlackRunner() {}

    static int run(SlackSettings settings, StoreOptions store, PrintWriter err, StopSignal stopSignal) throws InterruptedException {
        err.println("Bonusbot " + Version.current() + " · " + SlackTransport.describe(settings));
        err.flush();
        try (Application application = Application.open(store.config, store.db, store::clock)) {
            App app = SlackBot.app(settings, application);
            SlackTransport transport = SlackTransport.forSettings(settings, app);
            try {
                transport.start();
            } catch (SlackStartException e) {
                transport.close();
                throw new UserError(e.getMessage());
            }
            // The weekly team posts and the survey rounds run in the bot process itself; each week and each round step
            // is claimed in the store, so a second process on the same database never repeats it.
            SlackApi api = SlackApi.create(settings);
            List<Routine> routines = new ArrayList<>(application.teamPosts(SlackPostDelivery.forApplication(api, application)).routines());
            routines.addAll(application.surveyRoutines(SlackSurveyDelivery.forApplication(api, application)));
            Scheduler scheduler = new Scheduler(application.clock(), routines);
            scheduler.start();
            err.println("Ready: answering /bonus and the App Home tab on " + store.db + " with " + store.config
                    + ", weekly team posts scheduled. Ctrl-C or SIGTERM stops gracefully.");
            err.flush();
            // Within the stop itself: at SIGTERM the JVM exits as soon as the stop has run.
            stopSignal.awaitThen(() -> {
                scheduler.close();
                transport.close();
                err.println("Bonusbot stopped.");
                err.flush();
            });
            return ExitCodes.OK;
        }
    }
}
