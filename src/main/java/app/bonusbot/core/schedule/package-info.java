/**
 * When timed work runs: cron schedules in the company's zone (DST-correct) and the {@link
 * app.bonusbot.core.schedule.Routine} a scheduler runs. Pure.
 */
package app.bonusbot.core.schedule;
