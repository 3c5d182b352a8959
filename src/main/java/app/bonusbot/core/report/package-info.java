/**
 * The plan health report: per plan and period, what the plans paid and how sellers attained (distribution, cost of
 * sales, concentration, milestones, retention, stock, joiners, team pools), the survey answers over the same periods,
 * and findings stated by documented rules with configurable thresholds. A pure model built by
 * {@link app.bonusbot.core.report.HealthReports} from the engine's statements, the frozen pay of closed periods, the
 * deals and the survey results; outputs (HTML, chat) only render it. Nothing in it singles out a person's pay unless
 * settings.yaml asks for it, and no survey slice below the anonymity threshold is shown.
 */
package app.bonusbot.core.report;
