package app.bonusbot.core.dispute;

import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Reply;

/**
 * A new case as sales ops reads it, in one language: the case, the seller's text and their current figures
 * ({@code body}). Platforms render the body and add their buttons to accept or reject case {@code dispute.number()}.
 */
public record SalesOpsNotice(Dispute dispute, Reply body, Texts texts) {}
