package app.bonusbot.console;

import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.command.CommandParser;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.survey.FeedbackView;
import app.bonusbot.core.survey.SurveyAnswering;
import app.bonusbot.core.survey.SurveyCommands;
import app.bonusbot.core.survey.SurveyForm;
import app.bonusbot.core.survey.SurveyWording;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /bonus feedback} in the terminal: the survey one question at a time. Each line typed is the answer to the
 * question asked, checked and stored at once (so stopping half-way keeps what was answered); {@code skip} leaves a
 * question out, {@code stop} ends the walk, and any {@code /command} ends it and is answered as usual.
 */
final class ConsoleFeedback {

    private final SurveyCommands surveys;
    private final TextRenderer renderer = new TextRenderer();
    private Walk walk;

    /** Where the person is in the survey. */
    private static final class Walk {
        final Person person;
        final long runId;
        final List<String> questions;
        final SurveyWording wording;
        int at;

        Walk(Person person, long runId, List<String> questions, SurveyWording wording) {
            this.person = person;
            this.runId = runId;
            this.questions = questions;
            this.wording = wording;
        }
    }

    ConsoleFeedback(SurveyCommands surveys) {
        this.surveys = surveys;
    }

    /** What to print for this line, when it belongs to the survey; empty for a line the chat answers as a command. */
    Optional<String> handle(String personId, String text) {
        if (walk != null) {
            return answer(text);
        }
        if (!(CommandParser.parse(text) instanceof BonusCommand.Feedback f) || f.question().isPresent()) {
            return Optional.empty();
        }
        Optional<Person> person = surveys.person(personId);
        Optional<SurveyForm> form = person.flatMap(p -> surveys.answering().form(p));
        if (form.isEmpty()) {
            // Someone unknown or with nothing open gets the chat's own answer.
            return Optional.empty();
        }
        SurveyWording w = surveys.wording(person.get());
        List<SurveyForm.Item> toAsk = form.get().complete() ? form.get().items() : form.get().items().stream().filter(i -> !i.answered()).toList();
        walk = new Walk(person.get(), form.get().runId(), toAsk.stream().map(SurveyForm.Item::id).toList(), w);
        Reply intro = Reply.builder(form.get().title()).header(form.get().title()).text(form.get().intro())
                .context(w.texts().plural("feedback.progress", form.get().items().size(), form.get().answeredCount(), form.get().items().size()))
                .text(w.t("feedback.console.start"))
                .build();
        return Optional.of(renderer.render(intro) + prompt(form.get()));
    }

    private Optional<String> answer(String text) {
        Walk current = walk;
        SurveyWording w = current.wording;
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (word.startsWith("/")) {
            walk = null;
            return Optional.empty();
        }
        if (word.equals("stop") || word.equals(w.t("feedback.console.stop").toLowerCase(Locale.ROOT))) {
            walk = null;
            return Optional.of(w.t("feedback.console.stopped") + "\n");
        }
        FeedbackView view = new FeedbackView(w);
        if (word.equals("skip") || word.equals(w.t("feedback.console.skip").toLowerCase(Locale.ROOT))) {
            current.at++;
            return Optional.of(nextOrEnd(view));
        }
        SurveyAnswering.Outcome outcome = surveys.answering().answerInRun(current.person, current.runId, current.questions.get(current.at), text);
        if (outcome instanceof SurveyAnswering.Outcome.Refused refused) {
            return Optional.of(renderer.render(view.refused(refused)));
        }
        if (outcome instanceof SurveyAnswering.Outcome.Saved saved) {
            current.at++;
            return Optional.of(w.t("feedback.saved", saved.question().answerText().orElse("")) + "\n" + nextOrEnd(view));
        }
        walk = null;
        return Optional.of(renderer.render(view.outcome(outcome)));
    }

    private String nextOrEnd(FeedbackView view) {
        Optional<SurveyForm> form = surveys.answering().form(walk.person).filter(f -> f.runId() == walk.runId);
        if (form.isEmpty()) {
            walk = null;
            return renderer.render(view.nothingOpen());
        }
        if (walk.at < walk.questions.size()) {
            return prompt(form.get());
        }
        SurveyWording w = walk.wording;
        walk = null;
        if (form.get().complete()) {
            return w.t("feedback.done", form.get().closes()) + "\n";
        }
        return w.texts().plural("feedback.progress", form.get().items().size(), form.get().answeredCount(), form.get().items().size()) + " " + w.t("feedback.console.stopped") + "\n";
    }

    private String prompt(SurveyForm form) {
        SurveyForm.Item item = form.item(walk.questions.get(walk.at)).orElseThrow();
        return renderer.render(new FeedbackView(walk.wording).prompt(item));
    }
}
