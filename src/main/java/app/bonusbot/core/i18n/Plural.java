package app.bonusbot.core.i18n;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The plural forms a counted noun takes. English and Danish both have two, "one" and "other", chosen by the CLDR
 * rules of each language, so a text key {@code x} is written as {@code x.one} and {@code x.other} in both bundles.
 */
public enum Plural {
    ONE,
    OTHER;

    /** The key suffix: {@code one} or {@code other}. */
    public String suffix() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The form for a quantity as it is shown (rounded as the reader sees it). English: "1 deal", "1.5 deals".
     * Danish also takes the singular for a fraction between 0 and 2: "1 aftale", "1,5 time", "2 aftaler".
     */
    public static Plural of(Language language, BigDecimal quantity) {
        BigDecimal shown = quantity.abs().stripTrailingZeros();
        if (shown.compareTo(BigDecimal.ONE) == 0) {
            return ONE;
        }
        boolean fraction = shown.scale() > 0;
        if (language == Language.DA && fraction && shown.compareTo(BigDecimal.valueOf(2)) < 0) {
            return ONE;
        }
        return OTHER;
    }
}
