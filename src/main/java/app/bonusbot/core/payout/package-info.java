/**
 * Pay as sales ops pays it (issue 13): a person's statement of a period as it goes to payroll, with its cash per
 * plan, its adjustments and, once the period is closed, who closed it and when. Values only, built by the command
 * model from the engine's statements or read back from a closed period's frozen snapshot; the store, the CLI and the
 * chat adapters render or keep them. The ports a closed period is read through ({@link app.bonusbot.core.payout.ClosedPeriods})
 * and asked whether it may be closed ({@link app.bonusbot.core.payout.CloseGate}) are here too. Uses the JDK, the
 * periods of core/time, the languages of core/i18n and the answers of core/reply. Pure.
 */
package app.bonusbot.core.payout;
