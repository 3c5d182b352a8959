package app.bonusbot.bot;

import app.bonusbot.core.command.DisputeCommands;
import app.bonusbot.core.schedule.CronSchedule;
import app.bonusbot.core.schedule.Routine;
import app.bonusbot.core.schedule.Schedule;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Every minute, tells the sellers of resolved disputes who have not been told yet: a case resolved with the CLI
 * ({@code bonusbot disputes resolve}), which has no chat platform, or one whose direct message failed. Each seller is
 * told once: the store claims each answer before it is sent.
 */
final class DisputeAnswers implements Routine {

    private final DisputeCommands disputes;
    private final Schedule everyMinute;

    DisputeAnswers(DisputeCommands disputes, ZoneId zone) {
        this.disputes = disputes;
        this.everyMinute = CronSchedule.parse("* * * * *", zone);
    }

    @Override
    public String name() {
        return "dispute answers";
    }

    @Override
    public Schedule schedule() {
        return everyMinute;
    }

    @Override
    public void run(ZonedDateTime occurrence) {
        disputes.tellUntold();
    }
}
