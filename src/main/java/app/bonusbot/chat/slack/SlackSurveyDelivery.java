package app.bonusbot.chat.slack;

import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.survey.SurveyDelivery;
import app.bonusbot.core.survey.SurveyForm;
import app.bonusbot.core.survey.SurveyRun;
import java.util.Optional;

/**
 * Survey rounds in Slack: a direct message from the bot to each person with the form as buttons (see
 * {@link SlackSurveyMessage}), and the reminder the same way. Someone without a Slack user (no slack_id, no member
 * with their e-mail) cannot be reached: that throws, and the round goes on for everyone else.
 */
public final class SlackSurveyDelivery implements SurveyDelivery {

    private final SlackApi api;
    private final SlackPeople people;

    /** @param people finds each person's Slack user: their slack_id, or by e-mail */
    public SlackSurveyDelivery(SlackApi api, SlackPeople people) {
        this.api = api;
        this.people = people;
    }

    /** Someone with a slack_id, or an e-mail to find their Slack user by. */
    @Override
    public boolean reaches(Person person) {
        return SlackPeople.reachable(person);
    }

    @Override
    public void deliver(Person person, SurveyRun run, SurveyForm form) {
        send(person, form, "survey.delivered.buttons");
    }

    @Override
    public void remind(Person person, SurveyRun run, SurveyForm form) {
        send(person, form, "survey.reminder.buttons");
    }

    private void send(Person person, SurveyForm form, String leadKey) {
        String userId = people.userToMessage(person);
        Texts texts = Texts.of(form.language());
        api.postMessage(userId, SlackSurveyMessage.of(form, Optional.of(texts.get(leadKey, form.title(), form.closes())), texts));
    }
}
