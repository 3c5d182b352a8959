package app.bonusbot.chat;

import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Reply;

/**
 * What became of a click on an Approve button, for the platform to render in the clicker's language: approved (the
 * message is then replaced, without its button, by the answer), or a note only the clicker sees.
 */
public sealed interface ApprovalOutcome {

    Reply reply();

    Texts texts();

    /** Recorded now, or approved already with the same figures. */
    record Approved(Reply reply, Texts texts) implements ApprovalOutcome {}

    /** Not recorded, and why: not the team's manager, the figures changed since the message, approval off. */
    record Refused(Reply reply, Texts texts) implements ApprovalOutcome {}

    /** No worker free to record it; the clicker is asked to try again. */
    record Busy(Texts texts) implements ApprovalOutcome {
        @Override
        public Reply reply() {
            String text = texts.get("chat.busy");
            return Reply.builder(text).text(text).build();
        }
    }

    /** It could not be handled; the clicker sees an apology, the platform logs {@code cause} through {@link ChatFailure#log}. */
    record Failed(Texts texts, RuntimeException cause) implements ApprovalOutcome {
        @Override
        public Reply reply() {
            String text = texts.get(ChatFailure.textKey(cause));
            return Reply.builder(text).text(text).build();
        }
    }
}
