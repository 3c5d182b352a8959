package app.bonusbot.core.approval;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.reply.Reply;

/** What approving (a button, {@code /bonus approve}, the CLI) came to, worded in the language of whoever approved. */
public record ApprovalAnswer(Kind kind, Reply reply, Language language) {

    public enum Kind {
        /** Recorded now. */
        APPROVED,
        /** The same figures were approved before; nothing changed. */
        ALREADY_APPROVED,
        /** Not recorded: not the team's manager, nothing to approve, approval off, or the figures changed since. */
        REFUSED
    }

    public boolean recorded() {
        return kind == Kind.APPROVED || kind == Kind.ALREADY_APPROVED;
    }
}
