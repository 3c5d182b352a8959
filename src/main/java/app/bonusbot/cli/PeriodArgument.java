package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.command.FrozenAnswers;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodRequest;
import java.util.List;

/** The period a verb about the whole company names (close, reopen): 2026-Q3, FY2027-Q1, 2026-11, previous (a quarter). */
final class PeriodArgument {

    private PeriodArgument() {}

    static Period read(String text, Application app, Texts texts) {
        PeriodRequest request = PeriodRequest.parse(text).filter(r -> text != null && !text.isBlank())
                .orElseThrow(() -> new UserError(ExitCodes.USAGE, texts, "cli.error.period_argument", text));
        return FrozenAnswers.periodOf(request, List.of(), app.today(), app.company().settings().fiscalYear());
    }
}
