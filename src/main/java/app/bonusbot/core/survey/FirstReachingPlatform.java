package app.bonusbot.core.survey;

import app.bonusbot.core.people.Person;
import java.util.ArrayList;
import java.util.List;

/**
 * Survey rounds on several chat platforms at once: each person gets the survey (and the reminder) once, on the first
 * platform, in the order given, that reaches them and takes the message. Answers are per person, not per platform,
 * so whichever platform they answer on counts.
 */
public final class FirstReachingPlatform implements SurveyDelivery {

    private interface Send {
        void to(SurveyDelivery platform);
    }

    private final List<SurveyDelivery> platforms;

    public FirstReachingPlatform(List<SurveyDelivery> platforms) {
        if (platforms.isEmpty()) {
            throw new IllegalArgumentException("at least one platform");
        }
        this.platforms = List.copyOf(platforms);
    }

    @Override
    public boolean reaches(Person person) {
        return platforms.stream().anyMatch(p -> p.reaches(person));
    }

    @Override
    public void deliver(Person person, SurveyRun run, SurveyForm form) {
        send(person, platform -> platform.deliver(person, run, form));
    }

    @Override
    public void remind(Person person, SurveyRun run, SurveyForm form) {
        send(person, platform -> platform.remind(person, run, form));
    }

    /** Tries the platforms that reach the person in order; throws only when none took it. */
    private void send(Person person, Send send) {
        List<RuntimeException> errors = new ArrayList<>();
        for (SurveyDelivery platform : platforms) {
            if (!platform.reaches(person)) {
                continue;
            }
            try {
                send.to(platform);
                return;
            } catch (RuntimeException e) {
                errors.add(e);
            }
        }
        if (errors.isEmpty()) {
            throw new IllegalStateException("no chat platform reaches " + person.id() + " (no slack_id, discord_id or e-mail in people.yaml)");
        }
        RuntimeException first = errors.get(0);
        errors.subList(1, errors.size()).forEach(first::addSuppressed);
        throw first;
    }
}
