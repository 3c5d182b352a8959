package app.bonusbot.chat.console;

import app.bonusbot.chat.SurveyOutcome;
import app.bonusbot.chat.SurveyTurn;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.survey.FeedbackView;
import app.bonusbot.core.survey.SurveyCommands;
import app.bonusbot.core.survey.SurveyForm;
import app.bonusbot.core.survey.SurveyWording;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /bonus feedback} in the terminal: the survey one question at a time. Each line typed is the answer to the
 * question asked, checked and stored at once (so stopping half-way keeps what was answered); {@code skip} leaves a
 * question out, {@code stop} ends the walk, and any {@code /command} ends it and is answered as usual.
 */
final class ConsoleFeedback {

    private final SurveyCommands surveys;
    private final SurveyTurn turn;
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

    /** @param company the company as of now, for the language of an apology */
    ConsoleFeedback(SurveyCommands surveys, Supplier<Company> company) {
        this.surveys = surveys;
        this.turn = new SurveyTurn(surveys, company);
    }

    /** What to print for this line while walking through the survey; empty when not walking, or the line ends the walk. */
    Optional<String> walking(String text) {
        return walk == null ? Optional.empty() : answer(text);
    }

    /** Starts the walk through the form {@code /bonus feedback} opened: its title, progress, and the first question to ask. */
    String start(String personId, SurveyForm form) {
        Person person = surveys.person(personId).orElseThrow();
        SurveyWording w = surveys.wording(person);
        List<SurveyForm.Item> toAsk = form.complete() ? form.items() : form.items().stream().filter(i -> !i.answered()).toList();
        walk = new Walk(person, form.runId(), toAsk.stream().map(SurveyForm.Item::id).toList(), w);
        Reply intro = Reply.builder(form.title()).header(form.title()).text(form.intro())
                .context(w.texts().plural("feedback.progress", form.items().size(), form.answeredCount(), form.items().size()))
                .text(w.t("feedback.console.start"))
                .build();
        return renderer.render(intro) + prompt(form);
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
        SurveyOutcome outcome = turn.answer(() -> Optional.of(current.person), Optional.of(new SurveyTurn.At(current.runId, current.questions.get(current.at))),
                text);
        if (outcome instanceof SurveyOutcome.Failed failed) {
            throw failed.cause();
        }
        if (outcome instanceof SurveyOutcome.Refused) {
            return Optional.of(renderer.render(outcome.reply()));
        }
        if (outcome instanceof SurveyOutcome.Recorded recorded) {
            current.at++;
            return Optional.of(recorded.saved() + "\n" + nextOrEnd(view));
        }
        walk = null;
        return Optional.of(renderer.render(outcome.reply()));
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
