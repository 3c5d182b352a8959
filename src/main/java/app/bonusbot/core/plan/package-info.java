/**
 * The five plan kinds as a sealed interface (performance, team, milestone, retention, stock) with tiers, caps,
 * enrolments and targets. Pure values.
 */
package app.bonusbot.core.plan;
