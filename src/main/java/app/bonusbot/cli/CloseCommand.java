package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.chat.console.TextRenderer;
import app.bonusbot.core.command.ClosingStatements;
import app.bonusbot.core.command.StatementView;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.payout.FrozenStatement;
import app.bonusbot.core.payout.PaidPlan;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.payout.PeriodClose;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.Period;
import app.bonusbot.store.ClosedPeriodStore;
import app.bonusbot.store.PeriodStateException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "close", mixinStandardHelpOptions = true,
        description = "Freezes every statement of an ended period as it is paid (--preview shows them and the totals without writing anything).")
final class CloseCommand extends CompanyCommand {

    @Parameters(index = "0", paramLabel = "PERIOD", description = "The period: 2026-Q3, FY2027-Q1, 2026-11, or previous (the quarter before this one).")
    String periodText;

    @Option(names = "--preview", description = "Print every person's statement and the totals (per plan, for the company); write nothing.")
    boolean preview;

    @Option(names = "--by", paramLabel = "PERSON", description = "The admin closing it, recorded in the audit log (default: cli).")
    String by;

    @Override
    int run(Application app, Texts texts, PrintWriter out) {
        Company company = app.company();
        Formats formats = new Formats(texts.language(), company.settings().currency());
        Period period = PeriodArgument.read(periodText, app, texts);
        String actor = AdminActor.of(by, company, texts, texts.get("cli.step.close"));
        ClosingStatements closing = new ClosingStatements(company, app.ledger(), app.adjustments());
        if (preview) {
            List<PayStatement> statements = closing.preview(period, app.today(), texts.language());
            out.println(texts.get("cli.close.preview", texts.period(period), period.key()));
            for (PayStatement statement : statements) {
                out.println();
                out.print(new TextRenderer().render(StatementView.of(statement, company, app.today())));
            }
            out.println();
            totals(out, texts, formats, period, statements);
            return ExitCodes.OK;
        }
        refuseUnlessClosable(app, period, texts, formats);
        List<Person> people = closing.people(period);
        if (people.isEmpty()) {
            throw new UserError(texts, "cli.close.nobody", texts.period(period));
        }
        PeriodClose close = new PeriodClose(period.key(), Instant.now(app.clock()), actor);
        StatementJson json = new StatementJson(JsonOutput.MAPPER, company.settings().currency(), company.versions());
        List<FrozenStatement> frozen = new ArrayList<>();
        for (Person person : people) {
            frozen.add(closing.freeze(person, period, app.today(), close, statement -> inputs(json, statement, period)));
        }
        ClosedPeriodStore.Totals totals;
        try {
            totals = app.closedPeriods().close(close, frozen);
        } catch (PeriodStateException e) {
            throw new UserError(e.getMessage());
        }
        out.println(texts.get("cli.close.closed", texts.period(period), texts.count("people", totals.people()), formats.money(totals.total())));
        return ExitCodes.OK;
    }

    /**
     * The one place that decides whether the period may be closed now: it has ended, it is not closed already, and
     * the close gate (manager approvals, when settings.yaml asks for them) lets it through.
     */
    private static void refuseUnlessClosable(Application app, Period period, Texts texts, Formats formats) {
        if (!app.today().isAfter(period.end())) {
            throw new UserError(texts, "cli.close.not_ended", texts.period(period), formats.date(period.end()), formats.date(period.end().plusDays(1)));
        }
        Optional<PeriodClose> closed = Optional.ofNullable(app.closedPeriods().closed().get(period.key()));
        if (closed.isPresent()) {
            throw new UserError(texts, "cli.close.already_closed", period.key(), formats.date(closed.get().closedAt().atZone(app.clock().getZone()).toLocalDate()),
                    closed.get().closedBy());
        }
        // The gate's refusal is a whole sentence for sales ops already (it names the period and each manager missing).
        app.closeGate().refusal(period).ifPresent(why -> {
            throw new UserError(why, ExitCodes.FAILURE);
        });
    }

    private static String inputs(StatementJson json, app.bonusbot.core.engine.Statement statement, Period period) {
        try {
            return JsonOutput.MAPPER.writeValueAsString(json.of(statement, period.key()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a statement is plain values and always writes as JSON", e);
        }
    }

    private static void totals(PrintWriter out, Texts texts, Formats formats, Period period, List<PayStatement> statements) {
        Map<String, BigDecimal> byPlan = new LinkedHashMap<>();
        for (PayStatement statement : statements) {
            for (PaidPlan plan : statement.plans()) {
                if (plan.stock().isEmpty()) {
                    byPlan.merge(plan.planName(), plan.cash(), BigDecimal::add);
                }
            }
        }
        BigDecimal adjustments = statements.stream().flatMap(s -> s.adjustments().stream()).map(l -> l.amount()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        out.println(texts.get("cli.close.totals", texts.period(period), texts.count("people", statements.size())));
        byPlan.forEach((plan, cash) -> out.println(texts.get("cli.close.plan_total", plan, formats.money(cash))));
        if (adjustments.signum() != 0) {
            out.println(texts.get("cli.close.plan_total", texts.get("statement.adjustments"), formats.money(adjustments)));
        }
        out.println(texts.get("cli.close.company_total", formats.money(statements.stream().map(PayStatement::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add))));
    }
}
