package app.bonusbot.core.dispute;

import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Reply;

/** The answer to a case as its seller reads it, in their language. */
public record SellerNotice(Dispute dispute, Reply body, Texts texts) {}
