package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.approval.ApprovalAnswer;
import app.bonusbot.core.approval.ApprovalWording;
import app.bonusbot.core.approval.Approvals;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.Period;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "approve", mixinStandardHelpOptions = true,
        description = {"Records a manager's approval of their team's statements of a period, as the figures are now (settings.yaml approval).",
            "For a manager who approved outside chat; in chat they click Approve or type /bonus approve."})
final class ApproveCommand extends CompanyCommand {

    @Parameters(index = "0", paramLabel = "PERIOD", description = "The period: 2026-Q3, 2026-09, 2026, previous.")
    String period;

    @Option(names = "--manager", paramLabel = "ID", required = true, description = "The manager whose approval this is (a person id).")
    String manager;

    @Option(names = "--by", paramLabel = "PERSON", description = "Who records it, kept in the audit log: that manager or an admin (default: cli).")
    String by;

    @Override
    int run(Application app, Texts texts, PrintWriter out) {
        Approvals approvals = app.approvals();
        ApprovalWording w = approvals.wording(texts.language());
        Period chosen = ApprovalsCommand.periodToApprove(app, store, period, w);
        Person approving = ApprovalsCommand.person(app, store, manager, "--manager", w);
        String actor = AdminActor.CLI;
        if (by != null) {
            Person recording = ApprovalsCommand.person(app, store, by, "--by", w);
            if (!recording.id().equals(approving.id()) && !app.company().settings().isAdmin(recording.id())) {
                throw new UserError(w.texts(), "cli.error.approve_by", recording.id(), approving.id());
            }
            actor = recording.id();
        }
        ApprovalAnswer answer = approvals.approve(approving, chosen, actor, w);
        if (!answer.recorded()) {
            throw new UserError(w.texts(), "cli.error.approval_refused", answer.reply().summary());
        }
        out.println(answer.reply().summary());
        return ExitCodes.OK;
    }
}
