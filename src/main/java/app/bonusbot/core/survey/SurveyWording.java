package app.bonusbot.core.survey;

import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;

/** Texts and formats of one language for everything about surveys, with times in the company's zone. */
public record SurveyWording(Texts texts, Formats formats, ZoneId zone) {

    public static SurveyWording of(Language language, Currency currency, ZoneId zone) {
        return new SurveyWording(Texts.of(language), new Formats(language, currency), zone);
    }

    public Language language() {
        return texts.language();
    }

    public String t(String key, Object... args) {
        return texts.get(key, args);
    }

    /** A moment as people read it: {@code 15 Jan 2027 at 10:00} / {@code 15. jan. 2027 kl. 10:00}. */
    public String moment(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language().locale()).format(local);
        return t("survey.moment", date, DateTimeFormatter.ofPattern("HH:mm").format(local));
    }

    public String percent(BigDecimal ratio) {
        return formats.percent(ratio);
    }

    /** A mean or a change with exactly the two decimals it was computed with: {@code 4.50} / {@code 4,50}. */
    public String decimal(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(language().locale()));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A change with its sign: {@code +0.33}, {@code −0.50}, {@code ±0.00}. */
    public String change(BigDecimal change) {
        String sign = change.signum() == 0 ? "±" : change.signum() > 0 ? "+" : "−";
        return sign + decimal(change.abs());
    }

    public String count(long n) {
        return formats.count(n);
    }

    public String surveyName(Survey survey) {
        return survey.name().in(language());
    }

    public String questionText(Question question) {
        return question.text().in(language());
    }

    /** How a stored answer reads: {@code 4 · Agree}, {@code 7}, an option's label, or the text itself. */
    public String answer(Question question, String value) {
        if (question.type() == QuestionType.LIKERT_5) {
            return value + " · " + t("survey.likert." + value);
        }
        if (question.type() == QuestionType.SINGLE_CHOICE) {
            return question.option(value).map(o -> o.label().in(language())).orElse(value);
        }
        return value;
    }

    /** How to answer a question of this kind. */
    public String hint(Question question) {
        return switch (question.type()) {
            case LIKERT_5 -> t("survey.hint.likert_5");
            case SCALE_0_10 -> t("survey.hint.scale_0_10");
            case SINGLE_CHOICE -> t("survey.hint.single_choice", question.options().size());
            case FREE_TEXT -> t("survey.hint.free_text", Question.MAX_FREE_TEXT);
        };
    }

    /** The label of one value of a question, for results and buttons. */
    public String valueLabel(Question question, String value) {
        if (question.type() == QuestionType.LIKERT_5) {
            return t("survey.likert." + value);
        }
        return answer(question, value);
    }
}
