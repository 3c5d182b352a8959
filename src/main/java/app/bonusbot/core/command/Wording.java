package app.bonusbot.core.command;

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
import java.time.LocalDate;

/** Texts and formats of one language, with the phrases every view needs. */
record Wording(Texts texts, Formats formats) {

    static Wording of(Language language, Settings settings) {
        return new Wording(Texts.of(language), new Formats(language, settings.currency()));
    }

    Language language() {
        return texts.language();
    }

    String t(String key, Object... args) {
        return texts.get(key, args);
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
            case COUNT -> t("metric.deals", formats.number(value, 2));
            case WIN_RATE -> percent(value);
        };
    }

    /** What is still needed of a metric: money, whole deals, or percentage points of win rate. */
    String needed(MetricKind kind, BigDecimal value) {
        return kind == MetricKind.WIN_RATE ? t("metric.points", formats.number(value.movePointRight(2), 2)) : metric(kind, value);
    }

    /** A rate on the commission base reads as a share of revenue (5 %), on a bonus base as a multiplier (×1.5). */
    String rate(PayoutBase base, BigDecimal rate) {
        return base == PayoutBase.TARGET ? percent(rate) : formats.rate(rate);
    }

    String band(Band band) {
        return band.to() == null ? t("band.open", percent(band.from())) : t("band.closed", percent(band.from()), percent(band.to()));
    }
}
