/**
 * What every chat platform shares: one {@link app.bonusbot.chat.ChatTurn} from a platform-neutral {@link
 * app.bonusbot.chat.ChatRequest} to a {@link app.bonusbot.chat.ChatOutcome} to render, one {@link
 * app.bonusbot.chat.SurveyTurn} for survey answers, the language a person is answered in, and how a failure is
 * worded. The platforms live in the sub-packages {@code slack}, {@code discord} and {@code console}; this package
 * knows none of them, and none of them knows another. Depends on the core (and the store's busy signal).
 */
package app.bonusbot.chat;
