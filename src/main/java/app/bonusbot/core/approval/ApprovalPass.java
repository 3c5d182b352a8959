package app.bonusbot.core.approval;

import app.bonusbot.core.schedule.Routine;
import app.bonusbot.core.schedule.Schedule;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One timed pass of the approval rounds, the asking or the daily reminder. Logs counts only. */
final class ApprovalPass implements Routine {

    private static final Logger log = LoggerFactory.getLogger(ApprovalPass.class);

    private final String name;
    private final Schedule schedule;
    private final Function<ZonedDateTime, List<ApprovalRounds.Sent>> pass;
    private final String done;

    private ApprovalPass(String name, Schedule schedule, Function<ZonedDateTime, List<ApprovalRounds.Sent>> pass, String done) {
        this.name = name;
        this.schedule = schedule;
        this.pass = pass;
        this.done = done;
    }

    /**
     * Runs often: asks the managers of periods whose approval was requested (by {@code bonusbot approvals request}) and
     * asks again when a change of the figures voids an approval.
     */
    static ApprovalPass asking(ApprovalRounds rounds, Schedule ticks) {
        return new ApprovalPass("approval-asks", ticks, occurrence -> rounds.ask(), "asked");
    }

    /** Once a day at settings.yaml's {@code approval.remind_at}: reminds the managers who have not approved. */
    static ApprovalPass reminders(ApprovalRounds rounds, Schedule daily) {
        return new ApprovalPass("approval-reminders", daily, occurrence -> rounds.remind(occurrence.toLocalDate()), "reminded");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public void run(ZonedDateTime occurrence) {
        pass.apply(occurrence).forEach(s -> log.info("approval of {}: {} managers {}, {} could not be reached", s.periodKey(), s.sent(), done, s.failed()));
    }
}
