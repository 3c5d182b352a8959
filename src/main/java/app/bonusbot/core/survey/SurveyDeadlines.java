package app.bonusbot.core.survey;

import app.bonusbot.core.schedule.Routine;
import app.bonusbot.core.schedule.Schedule;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks over the open rounds of every survey: delivers rounds opened by hand, sends due reminders, closes rounds at
 * their deadline. Runs often, so that rounds opened or closed outside the schedule keep their times too. Logs only
 * counts, never who was reminded: that would say who has not answered.
 */
public final class SurveyDeadlines implements Routine {

    private static final Logger log = LoggerFactory.getLogger(SurveyDeadlines.class);

    private final SurveyRounds rounds;
    private final Schedule schedule;

    public SurveyDeadlines(SurveyRounds rounds, Schedule schedule) {
        this.rounds = rounds;
        this.schedule = schedule;
    }

    @Override
    public String name() {
        return "survey-deadlines";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public void run(ZonedDateTime occurrence) {
        SurveyRounds.Tick tick = rounds.tick();
        tick.delivered().forEach(s -> log.info("survey {}: round {} delivered to {}, {} could not be reached, {} left to a process whose platforms reach them",
                s.run().surveyId(), s.run().id(), s.sent(), s.failed(), s.left()));
        tick.reminded().forEach(s -> log.info("survey {}: round {} reminders sent to {}, {} could not be reached, {} left to a process whose platforms reach them",
                s.run().surveyId(), s.run().id(), s.sent(), s.failed(), s.left()));
        tick.closed().forEach(r -> log.info("survey {}: round {} closed at {}", r.surveyId(), r.id(), r.closesAt()));
    }
}
