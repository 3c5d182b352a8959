package app.bonusbot.cli;

import app.bonusbot.core.command.AmountParser;
import app.bonusbot.core.i18n.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money typed for an adjustment: a sign, then digits as {@link AmountParser} reads them in either
 * language ({@code 1,234.56}, {@code 1.234,56}), at most 2 decimals, not zero. No {@code k}/{@code m}: a payroll
 * figure is typed out in full.
 */
final class SignedAmount {

    private SignedAmount() {}

    static BigDecimal parse(String text, Texts texts) {
        String t = text.strip().replace('\u2212', '-');
        boolean negative = t.startsWith("-");
        String digits = negative || t.startsWith("+") ? t.substring(1).strip() : t;
        if (digits.isEmpty() || !digits.matches("[0-9][0-9.,]*")) {
            throw new UserError(ExitCodes.USAGE, texts, "cli.error.adjust_amount", text);
        }
        BigDecimal amount = AmountParser.parse(digits).orElseThrow(() -> new UserError(ExitCodes.USAGE, texts, "cli.error.adjust_amount", text));
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new UserError(ExitCodes.USAGE, texts, "cli.error.adjust_decimals", text);
        }
        if (amount.signum() == 0) {
            throw new UserError(ExitCodes.USAGE, texts, "cli.error.adjust_zero");
        }
        BigDecimal exact = amount.setScale(2, RoundingMode.UNNECESSARY);
        return negative ? exact.negate() : exact;
    }
}
