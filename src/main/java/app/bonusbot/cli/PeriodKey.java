package app.bonusbot.cli;

import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.core.time.PeriodRequest;
import java.time.LocalDate;

/**
 * A period typed on the command line as the key it is stored under: {@code 2026-Q3}, {@code FY2027-Q1}, {@code 2026-11},
 * or a word ({@code current}, {@code previous}, {@code Q4}) read as a period of the given kind, all with the existing
 * period parsing in the company's fiscal year.
 */
final class PeriodKey {

    private PeriodKey() {}

    /** @param kind what a word such as {@code current} means: the period of this kind */
    static Period parse(String text, PeriodKind kind, LocalDate today, FiscalYear fiscalYear, Texts texts) {
        PeriodRequest request = PeriodRequest.parse(text).orElseThrow(() -> new UserError(ExitCodes.USAGE, texts, "cli.error.period", text));
        if (request instanceof PeriodRequest.Explicit explicit) {
            return fiscalYear.named(explicit.period());
        }
        return request.resolve(kind, today, fiscalYear);
    }
}
