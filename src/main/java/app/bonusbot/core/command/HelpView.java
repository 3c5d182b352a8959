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
                field("status"),
                field("explain"),
                field("whatif"),
                field("team"),
                field("statement"),
                field("feedback"),
                field("survey_results"),
                field("approve"),
                field("dispute"),
                field("help"),
                field("admin"),
                field("admin_statement"),
                field("report")));
        // One line: chat platforms show a single footer under the help, and the period words belong with the periods.
        reply.context(w.t("help.periods") + " " + w.t("help.period_words"));
        return reply;
    }

    /** A command as typed, with its placeholders in the reader's language, and what it answers. */
    private Field field(String command) {
        return new Field(w.t("help.usage." + command), w.t("help." + command));
    }
}
