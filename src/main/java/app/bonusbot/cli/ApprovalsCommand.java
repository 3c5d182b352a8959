package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.config.ConfigLoader;
import app.bonusbot.core.approval.ApprovalWording;
import app.bonusbot.core.approval.Approvals;
import app.bonusbot.core.approval.TeamApproval;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.Period;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "approvals", mixinStandardHelpOptions = true, subcommands = ApprovalsRequestCommand.class,
        description = {"Who has approved their team's statements of a period and who has not, and whether it may be closed.",
            "'approvals request PERIOD' asks the managers: the running bot sends them the figures with an Approve button."})
final class ApprovalsCommand extends CompanyCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PERIOD", description = "The period: 2026-Q3, 2026-09, 2026, previous.")
    String period;

    @Override
    public Integer call() {
        // Optional to picocli only so that 'approvals request PERIOD' parses; the listing needs one.
        if (period == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'PERIOD'");
        }
        return super.call();
    }

    @Override
    int run(Application app, Texts texts, PrintWriter out) {
        Approvals approvals = app.approvals();
        ApprovalWording w = approvals.wording(texts.language());
        Period chosen = period(approvals, period, w);
        List<TeamApproval> teams = approvals.teams(chosen);
        out.println(w.t("cli.approvals.header", w.period(chosen), chosen.key()));
        approvals.repository().request(chosen.key()).ifPresentOrElse(
                r -> out.println(w.t("cli.approvals.requested_on", w.moment(r.at()), r.actor())),
                () -> out.println(w.t("cli.approvals.not_requested", chosen.key())));
        if (teams.isEmpty()) {
            out.println(w.t("cli.approvals.none", w.period(chosen)));
        }
        for (TeamApproval team : teams) {
            String state = team.approved()
                    ? w.t("cli.approvals.approved", w.moment(team.approval().orElseThrow().approvedAt()), team.approval().get().actor())
                    : team.voided() ? w.t("cli.approvals.voided", w.moment(team.approval().orElseThrow().approvedAt())) : w.t("cli.approvals.missing");
            out.println(w.t("cli.approvals.team_line", team.figures().team().name(), team.managerName(), team.managerId(), w.money(team.figures().total()),
                    state));
        }
        if (!approvals.settings().required()) {
            out.println(w.t("cli.approvals.off", chosen.key()));
        } else if (approvals.gate(chosen).mayClose()) {
            out.println(w.t("cli.approvals.may_close", chosen.key()));
        } else {
            out.println(w.t("cli.approvals.may_not_close", teams.stream().filter(TeamApproval::approved).count(), teams.size(), chosen.key()));
        }
        return ExitCodes.OK;
    }

    /** The typed period of approve and approvals request; approval must be switched on in settings.yaml for them, first. */
    static Period periodToApprove(Application app, StoreOptions store, String typed, ApprovalWording w) {
        if (!app.approvals().settings().required()) {
            throw new UserError(w.texts(), "cli.error.approval_off", store.config.resolve(ConfigLoader.SETTINGS));
        }
        return period(app.approvals(), typed, w);
    }

    private static Period period(Approvals approvals, String typed, ApprovalWording w) {
        return approvals.period(typed).orElseThrow(() -> new UserError(ExitCodes.USAGE, w.texts(), "cli.error.approval_period", typed));
    }

    static Person person(Application app, StoreOptions store, String id, String option, ApprovalWording w) {
        Optional<Person> person = app.company().directory().person(id);
        return person.orElseThrow(() -> new UserError(w.texts(), "cli.error.no_such_person", option, id, store.config.resolve(ConfigLoader.PEOPLE),
                app.company().directory().nearest(id).map(p -> w.t("cli.error.did_you_mean", p.id(), p.name())).orElse("")));
    }
}
