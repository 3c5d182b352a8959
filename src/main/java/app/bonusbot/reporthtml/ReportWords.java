package app.bonusbot.reporthtml;

import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.report.Finding;
import app.bonusbot.core.report.FindingWords;
import app.bonusbot.core.report.Slice;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/** The report's texts and numbers in the reader's language: 78,5 % and 1.200,00 kr. in Danish, 78.5 % and DKK 1,200.00 in English. */
final class ReportWords {

    private final Texts texts;
    private final Formats formats;
    private final FindingWords findings;

    ReportWords(Texts texts, Formats formats) {
        this.texts = texts;
        this.formats = formats;
        this.findings = new FindingWords(texts, formats);
    }

    Texts texts() {
        return texts;
    }

    String t(String key, Object... args) {
        return texts.get(key, args);
    }

    String finding(Finding finding) {
        return findings.of(finding);
    }

    String money(BigDecimal amount) {
        return formats.money(amount);
    }

    /** A percentage as the report holds them: 78.0 is 78 %. */
    String percent(BigDecimal percent) {
        return findings.percent(percent);
    }

    /** An attainment: 1.0 is 100 %. */
    String ratio(BigDecimal ratio) {
        return formats.percent(ratio);
    }

    /** A survey mean, at most two decimals. */
    String mean(BigDecimal mean) {
        return formats.number(mean, 2);
    }

    String number(BigDecimal value, int maxDecimals) {
        return formats.number(value, maxDecimals);
    }

    String count(long count) {
        return formats.count(count);
    }

    String date(LocalDate date) {
        return formats.date(date);
    }

    String period(Period period) {
        return texts.period(period);
    }

    /** "–" where nothing was measured. */
    String orNone(Optional<String> shown) {
        return shown.orElse(t("report.not_measured"));
    }

    /** A pay figure, or that it is hidden for being made of fewer than k people. */
    <T> String pay(Slice<T> slice, Function<T, String> shown) {
        return slice instanceof Slice.Shown<T> s ? shown.apply(s.value()) : t("report.hidden_people", ((Slice.Hidden<T>) slice).minGroupSize());
    }

    /** A survey figure, or that it is hidden for having fewer than k answers. */
    <T> String answers(Slice<T> slice, Function<T, String> shown) {
        return slice instanceof Slice.Shown<T> s ? shown.apply(s.value()) : t("report.hidden_answers", ((Slice.Hidden<T>) slice).minGroupSize());
    }

    /** A pay figure's cell, marked hidden when it is. */
    <T> Tables.Cell payCell(String figure, Slice<T> slice, Function<T, String> shown) {
        return new Tables.Cell(pay(slice, shown), figure, !slice.isShown());
    }

    /** A survey figure's cell, marked hidden when it is. */
    <T> Tables.Cell answersCell(String figure, Slice<T> slice, Function<T, String> shown) {
        return new Tables.Cell(answers(slice, shown), figure, !slice.isShown());
    }
}
