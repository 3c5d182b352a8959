package app.bonusbot.core.command;

import app.bonusbot.core.reply.Block.Field;
import app.bonusbot.core.reply.Reply;
import java.util.List;

/** {@code /bonus help}, also the answer to anything that is not a command. */
final class HelpView {

    private final Wording w;

    HelpView(Wording wording) {
        this.w = wording;
    }

    Reply render() {
        return builder(w.t("help.summary")).build();
    }

    /** The help text after a line saying what was wrong with the command. */
    Reply renderAfterError(String problem) {
        Reply.Builder reply = Reply.builder(problem);
        reply.text(problem);
        return addHelp(reply).build();
    }

    private Reply.Builder builder(String summary) {
        return addHelp(Reply.builder(summary));
    }

    private Reply.Builder addHelp(Reply.Builder reply) {
        reply.header(w.t("help.header"));
        reply.fields(List.of(
                new Field("/bonus status [period]", w.t("help.status")),
                new Field("/bonus explain [plan] [period]", w.t("help.explain")),
                new Field("/bonus whatif <amount> [deal type]", w.t("help.whatif")),
                new Field("/bonus team [period]", w.t("help.team")),
                new Field("/bonus feedback [question answer]", w.t("help.feedback")),
                new Field("/bonus survey results [survey]", w.t("help.survey_results")),
                new Field("/bonus help", w.t("help.help")),
                new Field("/bonus admin status <person> [period]", w.t("help.admin"))));
        // One line: chat platforms show a single footer under the help, and the period words belong with the periods.
        reply.context(w.t("help.periods") + " " + w.t("help.period_words"));
        return reply;
    }
}
