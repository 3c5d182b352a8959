package app.bonusbot.chat;

import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.survey.SurveyForm;

/**
 * What became of a click, a written answer or a line typed to a survey, for the platform to render: with its form
 * and buttons, or as {@link #reply()}, the outcome as text, in the person's language ({@link #texts()}).
 */
public sealed interface SurveyOutcome {

    Reply reply();

    Texts texts();

    /** The answer is stored; {@code form} has it. */
    record Recorded(SurveyForm form, SurveyForm.Item question, Reply reply, Texts texts) implements SurveyOutcome {

        /** "Saved: …" with the answer as stored. */
        public String saved() {
            return texts.get("feedback.saved", question.answerText().orElse(""));
        }

        /** The line over the form as it now stands: the thank-you once every question is answered, else {@link #saved()}. */
        public String lead() {
            return form.complete() ? texts.get("feedback.done", form.closes()) : saved();
        }

        /** The question to show next: the next one not yet answered, or this one once the form is complete. */
        public SurveyForm.Item next() {
            return form.complete() ? question : form.nextUnansweredAfter(question.id()).orElseThrow();
        }
    }

    /** The answer does not fit its question; {@code problem} says what does. Nothing was stored. */
    record Refused(SurveyForm form, SurveyForm.Item question, String problem, Reply reply, Texts texts) implements SurveyOutcome {}

    /** A question the person may answer now, asked for to show it or to open its text box. */
    record AtQuestion(SurveyForm form, SurveyForm.Item question, Reply reply, Texts texts) implements SurveyOutcome {}

    /** The round has no such question; {@link #lead()} says which there are. */
    record UnknownQuestion(SurveyForm form, String given, Reply reply, Texts texts) implements SurveyOutcome {
        public String lead() {
            return texts.get("feedback.unknown_question", given, form.items().size());
        }
    }

    /** The round the answer was for is over. */
    record RoundClosed(Reply reply, Texts texts) implements SurveyOutcome {}

    /** No round is open that the person is asked in, or Bonusbot does not know them. */
    record NothingOpen(Reply reply, Texts texts) implements SurveyOutcome {}

    /** No worker free to store the answer; the person is asked to try again. */
    record Busy(Texts texts) implements SurveyOutcome {
        @Override
        public Reply reply() {
            return SurveyOutcome.notice(texts, "chat.busy");
        }
    }

    /** The answer could not be handled; the person sees an apology (or, while another
     * writer holds the database, that it is busy for a moment), the platform logs {@code cause} through {@link ChatFailure#log}. */
    record Failed(Texts texts, RuntimeException cause) implements SurveyOutcome {
        @Override
        public Reply reply() {
            return SurveyOutcome.notice(texts, ChatFailure.textKey(cause));
        }
    }

    private static Reply notice(Texts texts, String key) {
        String text = texts.get(key);
        return Reply.builder(text).text(text).build();
    }
}
