package app.bonusbot.core.approval;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.reply.Reply;

/**
 * A direct message asking a manager to approve: the team's statements summed up (rendered like any answer), and an
 * Approve button standing for exactly these figures.
 */
public record ApprovalMessage(Reply summary, ApprovalButton button, String buttonLabel, Language language) {}
