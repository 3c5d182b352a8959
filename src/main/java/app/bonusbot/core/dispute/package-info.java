/**
 * Disputes (issue 13): a seller who thinks a figure is wrong opens a case ({@code /bonus dispute}), sales ops answers
 * it, accepting (perhaps with an amount that becomes an adjustment) or rejecting, and the seller is told. Values, the
 * store's port ({@link app.bonusbot.core.dispute.DisputeBook}), each platform's delivery of the notices ({@link
 * app.bonusbot.core.dispute.DisputeNotices}) and how they are routed over the platforms ({@link
 * app.bonusbot.core.dispute.DisputeMessenger}). The command model words the replies. Uses the reply model, people and
 * texts of the core only. Pure.
 */
package app.bonusbot.core.dispute;
