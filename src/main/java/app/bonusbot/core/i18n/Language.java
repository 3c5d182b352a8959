package app.bonusbot.core.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages every user-facing text exists in. */
public enum Language {
    EN(Locale.forLanguageTag("en-GB")),
    DA(Locale.forLanguageTag("da-DK"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
