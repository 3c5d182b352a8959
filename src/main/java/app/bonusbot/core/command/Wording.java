package app.bonusbot.core.command;

import app.bonusbot.core.company.DisplayNames;
import app.bonusbot.core.company.Settings;
import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.plan.Band;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Texts and formats of one language, with the phrases every view needs. */
record Wording(Texts texts, Formats formats, DisplayNames names) {

    static Wording of(Language language, Settings settings) {
        return new Wording(Texts.of(language), new Formats(language, settings.currency()), settings.names());
    }

    Language language() {
        return texts.language();
    }

    String t(String key, Object... args) {
        return texts.get(key, args);
    }

    /** A number of something in the right form: {@code count("won_deals", 1)} is "1 won deal" / "1 vundet aftale". */
    String count(String noun, long quantity) {
        return texts.count(noun, quantity);
    }

    /** A deal type by its name in this language ("Krydssalg"), or as written when settings.yaml names none. */
    String dealType(String id) {
        return names.dealType(id, language());
    }

    String pipeline(String id) {
        return names.pipeline(id, language());
    }

    String money(BigDecimal amount) {
        return formats.money(amount);
    }

    String percent(BigDecimal ratio) {
        return formats.percent(ratio);
    }

    String date(LocalDate date) {
        return formats.date(date);
    }

    String planName(Plan plan) {
        return plan.name().in(language());
    }

    String period(Period period) {
        return texts.period(period);
    }

    /** A metric value: money, a number of deals or a rate. */
    String metric(MetricKind kind, BigDecimal value) {
        return switch (kind) {
            case SUM -> money(value);
            case COUNT -> decimalCount("metric.deals", value);
            case WIN_RATE -> percent(value);
        };
    }

    /** What is still needed of a metric: money, whole deals, or percentage points of win rate. */
    String needed(MetricKind kind, BigDecimal value) {
        return kind == MetricKind.WIN_RATE ? decimalCount("metric.points", value.movePointRight(2)) : metric(kind, value);
    }

    /** A count that may have decimals (a pace of 7.5 deals), in the form for the number as shown (two decimals at most). */
    private String decimalCount(String key, BigDecimal value) {
        BigDecimal shown = value.setScale(2, RoundingMode.HALF_UP);
        return texts.plural(key, shown, formats.number(shown, 2));
    }

    /** A rate on the commission base reads as a share of revenue (5 %), on a bonus base as a multiplier (×1.5). */
    String rate(PayoutBase base, BigDecimal rate) {
        return base == PayoutBase.TARGET ? percent(rate) : formats.rate(rate);
    }

    String band(Band band) {
        return band.to() == null ? t("band.open", percent(band.from())) : t("band.closed", percent(band.from()), percent(band.to()));
    }
}
