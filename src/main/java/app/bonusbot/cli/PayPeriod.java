package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.core.time.PeriodRequest;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The period a pay document is for, as typed after the verb: a named period ({@code 2026-Q3}, {@code 2026-11},
 * {@code 2026}, in the fiscal year as settings.yaml has it), or a word ({@code current}, {@code previous}, ...) for a
 * period of the kind every plan is paid by, a quarter when the plans differ.
 */
final class PayPeriod {

    private PayPeriod() {}

    static Period of(String text, Application app, Texts texts) {
        PeriodRequest request = PeriodRequest.parse(text).orElseThrow(() -> new UserError(ExitCodes.USAGE, texts, "cli.error.payroll_period", text));
        FiscalYear fiscalYear = app.company().settings().fiscalYear();
        PeriodKind kind = request instanceof PeriodRequest.Explicit named ? named.period().kind() : commonKind(app);
        return request.resolve(kind, app.today(), fiscalYear);
    }

    private static PeriodKind commonKind(Application app) {
        Set<PeriodKind> kinds = app.company().plans().stream().map(Plan::periodKind).collect(Collectors.toSet());
        return kinds.size() == 1 ? kinds.iterator().next() : PeriodKind.QUARTER;
    }
}
