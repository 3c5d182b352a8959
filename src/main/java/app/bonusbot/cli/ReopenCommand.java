package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.time.Period;
import app.bonusbot.store.ClosedPeriodStore;
import app.bonusbot.store.PeriodStateException;
import app.bonusbot.store.ReopenRefusedException;
import java.io.PrintWriter;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reopen", mixinStandardHelpOptions = true,
        description = "Reopens a closed period (admins, with a reason): its frozen statements are removed, the clawbacks and top-ups made for"
                + " changes to it since are withdrawn, and it is worked out live again.")
final class ReopenCommand extends CompanyCommand {

    @Parameters(index = "0", paramLabel = "PERIOD", description = "The closed period: 2026-Q3, FY2027-Q1, 2026-11, or previous.")
    String periodText;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is reopened (required); kept in the audit log.")
    String reason;

    @Option(names = "--by", paramLabel = "PERSON", description = "The admin reopening it, recorded in the audit log (default: cli).")
    String by;

    @Override
    int run(Application app, Texts texts, PrintWriter out) {
        Period period = PeriodArgument.read(periodText, app, texts);
        if (reason == null || reason.isBlank()) {
            throw new UserError(ExitCodes.USAGE, texts, "cli.reopen.reason_required", period.key());
        }
        String actor = AdminActor.of(by, app.company(), texts, texts.get("cli.step.reopen"));
        ClosedPeriodStore.Reopened reopened;
        try {
            reopened = app.closedPeriods().reopen(period.key(), actor, reason.strip(), Instant.now(app.clock()));
        } catch (PeriodStateException e) {
            throw new UserError(texts, "cli.reopen.not_closed", period.key());
        } catch (ReopenRefusedException e) {
            throw new UserError(ExitCodes.PERIOD_CLOSED, texts, "cli.reopen.paid_with_closed", period.key(), String.join(", ", e.closedPeriods()),
                    e.closedPeriods().get(0));
        }
        Formats formats = new Formats(texts.language(), app.company().settings().currency());
        ClosedPeriodStore.Totals frozen = reopened.frozen();
        out.println(texts.get("cli.reopen.reopened", texts.period(period), texts.count("people", frozen.people()), formats.money(frozen.total())));
        if (reopened.withdrawn() > 0) {
            out.println(texts.get("cli.reopen.withdrawn", texts.count("clawbacks_top_ups", reopened.withdrawn()), texts.period(period)));
        }
        return ExitCodes.OK;
    }
}
