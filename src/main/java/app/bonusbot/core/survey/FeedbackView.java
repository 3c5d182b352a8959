package app.bonusbot.core.survey;

import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /bonus feedback} as text: the whole form, or what became of one answer followed by the next question.
 * Platforms with buttons and modals render the {@link SurveyForm} itself instead.
 */
public final class FeedbackView {

    private final SurveyWording w;

    public FeedbackView(SurveyWording wording) {
        this.w = wording;
    }

    public Reply nothingOpen() {
        String text = w.t("feedback.none");
        return Reply.builder(text).text(text).build();
    }

    /** Every question with the answer given so far, and how to answer. */
    public Reply form(SurveyForm form) {
        Reply.Builder reply = Reply.builder(w.texts().plural("feedback.summary", form.items().size(), form.title(), form.answeredCount(), form.items().size()));
        reply.header(form.title());
        reply.text(form.intro());
        reply.context(w.texts().plural("feedback.progress", form.items().size(), form.answeredCount(), form.items().size()));
        for (SurveyForm.Item item : form.items()) {
            question(reply, item);
        }
        reply.context(w.t("feedback.how", form.nextUnanswered().orElse(form.items().get(0)).id()));
        return reply.build();
    }

    /** An answer was stored: say so, then ask the next unanswered question or say thank you. */
    public Reply saved(SurveyAnswering.Outcome.Saved saved) {
        String text = w.t("feedback.saved", saved.question().answerText().orElse(""));
        Reply.Builder reply = Reply.builder(text).text(text);
        return next(reply, saved.form(), saved.question().id()).build();
    }

    public Reply refused(SurveyAnswering.Outcome.Refused refused) {
        Reply.Builder reply = Reply.builder(refused.problem()).text(refused.problem());
        question(reply, refused.question());
        return reply.build();
    }

    public Reply unknownQuestion(SurveyAnswering.Outcome.UnknownQuestion unknown) {
        String text = w.t("feedback.unknown_question", unknown.given(), unknown.form().items().size());
        Reply.Builder reply = Reply.builder(text).text(text);
        reply.fields(unknown.form().items().stream().map(i -> new Block.Field(i.number() + " · " + i.id(), i.text())).toList());
        return reply.build();
    }

    public Reply over(SurveyAnswering.Outcome.Over over) {
        String text = w.t("feedback.over", w.moment(over.run().endedAt()));
        return Reply.builder(text).text(text).build();
    }

    /** Any outcome of an answer as a reply. */
    public Reply outcome(SurveyAnswering.Outcome outcome) {
        if (outcome instanceof SurveyAnswering.Outcome.Saved s) {
            return saved(s);
        }
        if (outcome instanceof SurveyAnswering.Outcome.Refused r) {
            return refused(r);
        }
        if (outcome instanceof SurveyAnswering.Outcome.UnknownQuestion u) {
            return unknownQuestion(u);
        }
        if (outcome instanceof SurveyAnswering.Outcome.Over o) {
            return over(o);
        }
        return nothingOpen();
    }

    /** One question as a prompt: its text, how to answer, the choices of a single choice, and the current answer. */
    public Reply prompt(SurveyForm.Item item) {
        Reply.Builder reply = Reply.builder(w.t("feedback.question", item.number(), item.text()));
        question(reply, item);
        return reply.build();
    }

    private Reply.Builder next(Reply.Builder reply, SurveyForm form, String after) {
        if (form.complete()) {
            return reply.text(w.t("feedback.done", form.closes()));
        }
        reply.context(w.texts().plural("feedback.progress", form.items().size(), form.answeredCount(), form.items().size()));
        reply.subheading(w.t("feedback.next"));
        question(reply, form.nextUnansweredAfter(after).orElseThrow());
        return reply;
    }

    private void question(Reply.Builder reply, SurveyForm.Item item) {
        reply.subheading(w.t("feedback.question", item.number(), item.text()));
        if (item.type() == QuestionType.SINGLE_CHOICE) {
            List<Block.Field> options = new ArrayList<>();
            for (int i = 0; i < item.choices().size(); i++) {
                options.add(new Block.Field(Integer.toString(i + 1), item.choices().get(i).label()));
            }
            reply.fields(options);
        }
        reply.context(item.hint());
        reply.text(item.answerText().map(a -> w.t("feedback.your_answer", a)).orElse(w.t("feedback.not_answered")));
    }
}
