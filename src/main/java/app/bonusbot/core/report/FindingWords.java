package app.bonusbot.core.report;

import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Texts;
import java.math.BigDecimal;

/**
 * A finding in words of one language: its wording ({@link Finding#textKey()}) with each value formatted as the reader
 * reads numbers, dates and periods. The chat summary and the HTML report word findings with this one class.
 */
public final class FindingWords {

    private final Texts texts;
    private final Formats formats;

    public FindingWords(Texts texts, Formats formats) {
        this.texts = texts;
        this.formats = formats;
    }

    /** The finding as a sentence: its wording filled in, starting with a capital letter. */
    public String of(Finding finding) {
        String text = texts.get(finding.textKey(), finding.values().stream().map(this::value).toArray());
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(texts.language().locale()) + text.substring(1);
    }

    /** One value as the reader reads it: 78 % / 78 %, 4.1 / 4,1, DKK 1,200.00 / 1.200,00 kr., Q4 2026 / 4. kvartal 2026. */
    public String value(FindingValue value) {
        if (value instanceof FindingValue.Percent p) {
            return percent(p.value());
        }
        if (value instanceof FindingValue.Mean m) {
            return formats.fixed(m.value(), 1);
        }
        if (value instanceof FindingValue.Money m) {
            return formats.money(m.value());
        }
        if (value instanceof FindingValue.Count c) {
            return formats.count(c.value());
        }
        if (value instanceof FindingValue.Day d) {
            return formats.date(d.value());
        }
        if (value instanceof FindingValue.Name n) {
            return n.value().in(texts.language());
        }
        if (value instanceof FindingValue.Text t) {
            return texts.get(t.key());
        }
        return texts.period(((FindingValue.PeriodName) value).value());
    }

    /** A percentage as the report holds them (78.0 is 78 %), with at most one decimal. */
    public String percent(BigDecimal percent) {
        return formats.number(percent, 1) + " %";
    }
}
