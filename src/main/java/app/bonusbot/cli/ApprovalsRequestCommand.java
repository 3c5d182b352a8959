package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.approval.ApprovalWording;
import app.bonusbot.core.approval.Approvals;
import app.bonusbot.core.approval.TeamApproval;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.Period;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "request", mixinStandardHelpOptions = true,
        description = {"Asks each manager of a team with statements in the period to approve them.",
            "The running bot sends each a direct message with their team's figures and an Approve button within a minute,",
            "and reminds those who have not approved every day at settings.yaml approval.remind_at."})
final class ApprovalsRequestCommand extends CompanyCommand {

    @Parameters(index = "0", paramLabel = "PERIOD", description = "The period: 2026-Q3, 2026-09, 2026, previous.")
    String period;

    @Option(names = "--by", paramLabel = "PERSON", description = "Who asks, kept in the audit log: an admin (default: cli).")
    String by;

    @Override
    int run(Application app, Texts texts, PrintWriter out) {
        Approvals approvals = app.approvals();
        ApprovalWording w = approvals.wording(texts.language());
        Period chosen = ApprovalsCommand.periodToApprove(app, store, period, w);
        String actor = AdminActor.CLI;
        if (by != null) {
            Person asking = ApprovalsCommand.person(app, store, by, "--by", w);
            if (!app.company().settings().isAdmin(asking.id())) {
                throw new UserError(w.texts(), "cli.error.not_admin_by", asking.id());
            }
            actor = asking.id();
        }
        List<TeamApproval> missing = approvals.teams(chosen).stream().filter(t -> !t.approved()).toList();
        if (approvals.teams(chosen).isEmpty()) {
            throw new UserError(w.texts(), "cli.approvals.none", w.period(chosen));
        }
        String managers = String.join(", ", missing.stream().map(t -> t.managerName() + " (" + t.managerId() + ")").distinct().toList());
        String remindAt = approvals.settings().remindAt().toString();
        if (approvals.request(chosen, actor)) {
            out.println(w.t("cli.approvals.requested", chosen.key(), managers.isEmpty() ? "–" : managers, remindAt));
        } else {
            out.println(w.t("cli.approvals.requested_already", chosen.key(),
                    w.moment(approvals.repository().request(chosen.key()).orElseThrow().at()), remindAt));
        }
        return ExitCodes.OK;
    }
}
