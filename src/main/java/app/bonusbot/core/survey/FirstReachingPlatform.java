package app.bonusbot.core.survey;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.ReachingPlatforms;
import java.util.List;

/**
 * Survey rounds on several chat platforms at once: each person gets the survey (and the reminder) once, on the first
 * platform, in the order given, that reaches them and takes the message. Answers are per person, not per platform,
 * so whichever platform they answer on counts.
 */
public final class FirstReachingPlatform implements SurveyDelivery {

    private final ReachingPlatforms<SurveyDelivery> platforms;

    public FirstReachingPlatform(List<SurveyDelivery> platforms) {
        this.platforms = new ReachingPlatforms<>(platforms, SurveyDelivery::reaches);
    }

    @Override
    public boolean reaches(Person person) {
        return platforms.reach(person);
    }

    @Override
    public void deliver(Person person, SurveyRun run, SurveyForm form) {
        platforms.first(person, platform -> platform.deliver(person, run, form));
    }

    @Override
    public void remind(Person person, SurveyRun run, SurveyForm form) {
        platforms.first(person, platform -> platform.remind(person, run, form));
    }
}
