package app.bonusbot.core.survey;

import app.bonusbot.core.people.Person;

/**
 * Brings a survey round to a person, privately: a DM on Slack, the terminal in the console. Each call is for one
 * person and carries the form in their language; an adapter that cannot reach someone throws, and the round goes on
 * for everyone else.
 */
public interface SurveyDelivery {

    /** The round has opened: invite the person to answer. */
    void deliver(Person person, SurveyRun run, SurveyForm form);

    /** The round closes soon and the person has not answered anything yet. */
    void remind(Person person, SurveyRun run, SurveyForm form);

    /** Whether this platform knows how to reach the person at all (a chat id, or an e-mail to look them up by). */
    default boolean reaches(Person person) {
        return true;
    }

    /**
     * Delivers nowhere, for processes that only answer commands (the CLI): it reaches nobody, so it claims nobody's
     * delivery and leaves everyone to a process with a chat platform.
     */
    SurveyDelivery NONE = new SurveyDelivery() {
        @Override
        public void deliver(Person person, SurveyRun run, SurveyForm form) {
        }

        @Override
        public void remind(Person person, SurveyRun run, SurveyForm form) {
        }

        @Override
        public boolean reaches(Person person) {
            return false;
        }
    };
}
