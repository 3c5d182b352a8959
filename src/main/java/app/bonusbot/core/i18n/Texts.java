package app.bonusbot.core.i18n;

import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user-facing texts of one language, from {@code i18n/texts.properties} (English) and
 * {@code i18n/texts_da.properties}. Placeholders are {@code {0}}, {@code {1}}, … and are filled with already
 * formatted strings, so translators never meet number or quote escaping rules.
 */
public final class Texts {

    private static final String BUNDLE = "i18n.texts";
    /** One per language, shared: an answer asks for its texts several times, and finding the bundle costs more than reading it. */
    private static final Map<Language, Texts> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Language language;
    private final ResourceBundle bundle;

    private Texts(Language language) {
        this.language = language;
        Locale locale = language == Language.EN ? Locale.ROOT : language.locale();
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(Language language) {
        return BY_LANGUAGE.computeIfAbsent(language, Texts::new);
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text '" + key + "' in language " + language.code(), e);
        }
        if (args.length == 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(index < args.length ? String.valueOf(args[index]) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * A text about a counted quantity: key {@code key.one} or {@code key.other}, by the language's plural rule for the
     * quantity as shown. "1 won deal" / "2 won deals", "1 vundet aftale" / "2 vundne aftaler".
     */
    public String plural(String key, BigDecimal quantity, Object... args) {
        return get(key + "." + Plural.of(language, quantity).suffix(), args);
    }

    public String plural(String key, long quantity, Object... args) {
        return plural(key, BigDecimal.valueOf(quantity), args);
    }

    /** A number of something, {@code count.<noun>} in the right form: "1 month" / "3 months", "1 måned" / "3 måneder". */
    public String count(String noun, long quantity) {
        return plural("count." + noun, quantity, Formats.wholeNumber(language, quantity));
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A period as people say it: "November 2026", "Q4 2026" ("4. kvartal 2026"), "2026"; in a fiscal year that does not
     * start in January, "FY2027 Q1" ("1. kvartal FY2027") and "FY2027".
     */
    public String period(Period period) {
        boolean calendar = period.fiscalYear().isCalendar();
        return switch (period.kind()) {
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", language.locale()).format(period.start());
            case QUARTER -> get(calendar ? "period.quarter" : "period.quarter.fiscal", period.quarter(), Integer.toString(period.year()));
            case YEAR -> calendar ? Integer.toString(period.year()) : get("period.year.fiscal", Integer.toString(period.year()));
        };
    }
}
