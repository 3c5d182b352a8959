package app.bonusbot.chat.console;

import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.survey.SurveyDelivery;
import app.bonusbot.core.survey.SurveyForm;
import app.bonusbot.core.survey.SurveyRun;
import java.util.function.Consumer;

/**
 * Survey rounds in the terminal: the person at the console is told when a survey opens and, if they have not
 * answered, reminded before it closes; they answer with {@code /bonus feedback}. Nobody else is at this terminal,
 * and printing who else was reminded would tell the reader who has not answered, so other people get nothing here.
 */
public final class ConsoleSurveyDelivery implements SurveyDelivery {

    private final String consolePersonId;
    private final Consumer<String> printer;

    /** @param printer receives each message as one piece of text, e.g. the console chat's inbox */
    public ConsoleSurveyDelivery(String consolePersonId, Consumer<String> printer) {
        this.consolePersonId = consolePersonId;
        this.printer = printer;
    }

    @Override
    public void deliver(Person person, SurveyRun run, SurveyForm form) {
        send(person, Texts.of(form.language()).get("survey.delivered", form.title(), form.closes()));
    }

    @Override
    public void remind(Person person, SurveyRun run, SurveyForm form) {
        send(person, Texts.of(form.language()).get("survey.reminder", form.title(), form.closes()));
    }

    private void send(Person person, String text) {
        if (person.id().equals(consolePersonId)) {
            printer.accept("── Direct message from Bonusbot ──\n" + text + "\n");
        }
    }
}
