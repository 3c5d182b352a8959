package app.bonusbot.core.survey;

import app.bonusbot.core.schedule.Routine;
import app.bonusbot.core.schedule.Schedule;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a survey's round at each occurrence of its schedule and delivers it to the audience. */
public final class SurveyOpening implements Routine {

    private static final Logger log = LoggerFactory.getLogger(SurveyOpening.class);

    private final Survey survey;
    private final SurveyRounds rounds;

    public SurveyOpening(Survey survey, SurveyRounds rounds) {
        this.survey = survey;
        this.rounds = rounds;
    }

    @Override
    public String name() {
        return "survey-open " + survey.id();
    }

    @Override
    public Schedule schedule() {
        return survey.schedule();
    }

    @Override
    public void run(ZonedDateTime occurrence) {
        SurveyRounds.Opening opening = rounds.open(survey, occurrence);
        if (opening instanceof SurveyRounds.Opening.Opened o) {
            log.info("survey {}: round {} opened for {} (closes {}), delivered to {}, {} could not be reached, {} left to a process whose platforms reach them",
                    survey.id(), o.run().id(), occurrence, o.run().closesAt(), o.sent().sent(), o.sent().failed(), o.sent().left());
        } else if (opening instanceof SurveyRounds.Opening.TooLate t) {
            // On most starts the latest occurrence's round is over (whether or not it ran): nothing to do, nothing to warn about.
            log.debug("survey {}: the round of {} is not opened: its deadline {} has passed", survey.id(), occurrence, t.closesAt());
        } else {
            log.debug("survey {}: the round of {} was opened before", survey.id(), occurrence);
        }
    }
}
