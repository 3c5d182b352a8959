package app.bonusbot.config;

import app.bonusbot.core.announce.PostsSettings;
import app.bonusbot.core.approval.ApprovalSettings;
import app.bonusbot.core.report.ReportSettings;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.company.Settings;
import app.bonusbot.core.payout.PayrollSettings;
import app.bonusbot.core.payout.ClawbackPolicy;
import app.bonusbot.core.dispute.DisputeSettings;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.PlanVersions;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.imports.DealMapping;
import app.bonusbot.imports.HubSpotSyncSettings;
import java.util.List;
import java.util.Map;

/**
 * Everything in bot-config/, validated.
 *
 * @param plans each plan as first configured (its first version)
 * @param planVersions the dated versions of the plans that change over time (plans.yaml {@code versions:})
 * @param demoData whether a new, empty database is seeded with demo deals (settings.yaml {@code demo_data})
 * @param posts each team's weekly post (posts.yaml); {@link PostsSettings#NONE} without that file
 * @param surveys feedback surveys on the bonus plan (surveys.yaml); none without that file
 * @param discordGuilds the Discord servers the {@code /bonus} command is registered in (settings.yaml
 *     {@code discord.guilds}); empty without Discord
 * @param hubspot the live sync from HubSpot (settings.yaml {@code hubspot:}); its deal values are mapped by {@code dealMapping}
 * @param payroll which field of a person payroll knows them by (settings.yaml {@code payroll:}), with people.yaml's employee numbers
 * @param approval whether managers approve their team's statements before a period is closed (settings.yaml {@code approval:})
 * @param clawbacks each plan's {@code clawback} policy where plans.yaml says one (see {@link ClawbackPolicy#of})
 * @param disputes the private channels for sales ops' notices of new disputes (settings.yaml {@code disputes:})
 * @param report the plan health report's periods, privacy and finding rules (settings.yaml {@code report:})
 */
public record BotConfig(Settings settings, Directory directory, List<Plan> plans, PlanVersions planVersions, TargetBook targets, DealMapping dealMapping, boolean demoData,
        PostsSettings posts, List<Survey> surveys, List<String> discordGuilds, HubSpotSyncSettings hubspot, PayrollSettings payroll, ApprovalSettings approval,
        Map<String, ClawbackPolicy> clawbacks, DisputeSettings disputes, ReportSettings report) {

    public BotConfig {
        plans = List.copyOf(plans);
        surveys = List.copyOf(surveys);
        discordGuilds = List.copyOf(discordGuilds);
        clawbacks = Map.copyOf(clawbacks);
    }

    public Company company() {
        return new Company(settings, directory, plans, targets, planVersions);
    }
}
