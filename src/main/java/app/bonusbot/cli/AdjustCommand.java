package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.command.AdjustmentWording;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.payout.Adjustment;
import app.bonusbot.core.payout.AdjustmentKind;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.store.OpenPeriods;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "adjust", mixinStandardHelpOptions = true,
        description = "Adds a manual adjustment to a person's pay in an open period, with its reason; shown in status, explain and the statement.")
final class AdjustCommand extends CompanyCommand {

    @Option(names = "--person", required = true, paramLabel = "ID", description = "Whose pay: a person id from people.yaml.")
    String person;

    @Option(names = "--period", required = true, paramLabel = "PERIOD",
            description = "The open period it is paid with: 2026-Q4, FY2027-Q1, 2026-11, current, ...")
    String period;

    @Option(names = "--amount", required = true, paramLabel = "AMOUNT",
            description = "Signed, at most 2 decimals, in the company currency: 1500, -250.50, 1,234.56.")
    String amount;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why: shown to the person on the line.")
    String reason;

    @Option(names = "--plan", paramLabel = "PLAN", description = "The plan it corrects (one of the person's plans); none when left out.")
    String plan;

    @Option(names = "--by", paramLabel = "ADMIN", description = "Who makes it, for the audit log: an admin of settings.yaml (default: cli).")
    String by;

    @Override
    int run(Application app, Texts companyTexts, PrintWriter out) {
        Company company = app.company();
        Person subject = company.directory().person(person)
                .orElseThrow(() -> UserError.noSuchPerson(person, store.config, company.directory(), companyTexts));
        // From here on the run is about this person and speaks their language, its errors too.
        Texts texts = RunLanguage.of(app, subject);
        String actor = AdminActor.of(by, company, texts, texts.get("cli.step.change_pay"));
        Optional<Plan> corrected = plan(company, subject, texts);
        PeriodKind kind = corrected.or(() -> company.plansOf(subject).stream().findFirst()).map(Plan::periodKind).orElse(PeriodKind.QUARTER);
        Period paidWith = PeriodKey.parse(period, kind, app.today(), company.settings().fiscalYear(), texts);
        Period open = new OpenPeriods(app.database()).firstOpen(paidWith);
        if (!open.equals(paidWith)) {
            throw new UserError(ExitCodes.PERIOD_CLOSED, texts, "cli.error.period_closed", paidWith.key(), open.key());
        }
        String text = reason.strip();
        if (text.isEmpty()) {
            throw new UserError(ExitCodes.USAGE, texts, "cli.error.adjust_reason");
        }
        Adjustment made = app.adjustments().add(new Adjustment(0, subject.id(), paidWith.key(), corrected.map(Plan::id), SignedAmount.parse(amount, texts),
                AdjustmentKind.MANUAL, Optional.of(text), Optional.empty(), Optional.empty(), app.clock().instant(), actor));
        out.println(texts.get("cli.adjust.done", made.id(), subject.name(), paidWith.key()));
        out.println("  " + AdjustmentWording.of(texts.language(), company).describe(made) + "   "
                + new Formats(texts.language(), company.settings().currency()).money(made.amount()));
        return ExitCodes.OK;
    }

    private Optional<Plan> plan(Company company, Person subject, Texts texts) {
        if (plan == null) {
            return Optional.empty();
        }
        List<Plan> theirs = company.plansOf(subject);
        return Optional.of(theirs.stream().filter(p -> p.id().equalsIgnoreCase(plan)).findFirst()
                .orElseThrow(() -> new UserError(ExitCodes.USAGE, texts, "cli.error.adjust_plan", subject.id(), plan,
                        String.join(", ", theirs.stream().map(Plan::id).toList()))));
    }
}
