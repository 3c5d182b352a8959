/**
 * Optional manager approval before a period is closed: each team's statements summed up per member, a digest of
 * those figures, approvals recorded through the {@link app.bonusbot.core.approval.ApprovalRepository} port, the close
 * gate ({@link app.bonusbot.core.approval.ApprovalGate}), and the asks and daily reminders a scheduler runs. Pure.
 */
package app.bonusbot.core.approval;
