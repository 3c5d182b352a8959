/**
 * Pay as sales ops pays it (issue 13): a person's statement of a period as it goes to payroll, with its cash per
 * plan, its adjustments and, once the period is closed, who closed it and when. Values only, built by the command
 * model from the engine's statements or read back from a closed period's frozen snapshot; the store, the CLI and the
 * chat adapters render or keep them. Uses only the JDK. Pure.
 */
package app.bonusbot.core.payout;
