package app.bonusbot.chat;

import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.report.HealthReport;
import app.bonusbot.core.survey.SurveyChart;
import app.bonusbot.core.survey.SurveyForm;
import java.util.List;
import java.util.Optional;

/** What a platform renders for one {@code /bonus}, each in the caller's language ({@link #texts()}). */
public sealed interface ChatOutcome {

    Texts texts();

    /**
     * The command's answer, with the charts that go with it ({@code survey results}) or the plan health report
     * ({@code report}: its main chart and the whole report as a file), private to the caller.
     */
    record Answered(Reply reply, List<SurveyChart> charts, Optional<HealthReport> report, Texts texts) implements ChatOutcome {
        public Answered {
            charts = List.copyOf(charts);
        }

        public Answered(Reply reply, List<SurveyChart> charts, Texts texts) {
            this(reply, charts, Optional.empty(), texts);
        }
    }

    /**
     * {@code /bonus feedback} without an answer: the open survey's form, shown with the platform's own buttons.
     *
     * @param at the question named with it (Discord's {@code question} option); empty for the form's opening
     */
    record SurveyFormToOpen(SurveyForm form, Optional<SurveyForm.Item> at, Texts texts) implements ChatOutcome {}

    /** Someone the platform's identity lookup did not find: the answer, ending with their platform id when it has one. */
    record NotEnrolled(Reply reply, Texts texts) implements ChatOutcome {}

    /** No worker free to answer; the caller is asked to try again. */
    record Busy(Texts texts) implements ChatOutcome {
        public Reply notice() {
            return ChatOutcome.notice(texts, "chat.busy");
        }
    }

    /** The answer could not be worked out; the caller sees an apology (or, while another
     * writer holds the database, that it is busy for a moment), the platform logs {@code cause} through {@link ChatFailure#log}. */
    record Failed(Texts texts, RuntimeException cause) implements ChatOutcome {
        public Reply notice() {
            return ChatOutcome.notice(texts, ChatFailure.textKey(cause));
        }
    }

    private static Reply notice(Texts texts, String key) {
        String text = texts.get(key);
        return Reply.builder(text).text(text).build();
    }
}
