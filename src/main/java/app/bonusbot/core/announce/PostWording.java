package app.bonusbot.core.announce;

import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** The texts and formats of a team post in one language. It has no way to write money, on purpose. */
record PostWording(Texts texts, Formats formats) {

    static PostWording of(Language language, Currency currency) {
        return new PostWording(Texts.of(language), new Formats(language, currency));
    }

    Language language() {
        return texts.language();
    }

    String t(String key, Object... args) {
        return texts.get(key, args);
    }

    String percent(BigDecimal ratio) {
        return formats.percent(ratio);
    }

    String date(LocalDate date) {
        return formats.date(date);
    }

    String period(Period period) {
        return texts.period(period);
    }

    /** "a", "a and b", "a, b and c". */
    String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + t("post.list_and") + " " + items.get(items.size() - 1);
    }
}
