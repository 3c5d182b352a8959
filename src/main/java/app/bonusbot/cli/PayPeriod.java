package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.command.CommonPeriod;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodRequest;

/**
 * The period a pay document is for, as typed after the verb: a named period ({@code 2026-Q3}, {@code 2026-11},
 * {@code 2026}, in the fiscal year as settings.yaml has it), or a word ({@code current}, {@code previous}, ...) for a
 * period of the kind every plan is paid by, a quarter when the plans differ ({@link CommonPeriod}).
 */
final class PayPeriod {

    private PayPeriod() {}

    static Period of(String text, Application app, Texts texts) {
        PeriodRequest request = PeriodRequest.parse(text).orElseThrow(() -> new UserError(ExitCodes.USAGE, texts, "cli.error.payroll_period", text));
        return CommonPeriod.of(request, app.company(), app.today());
    }
}
