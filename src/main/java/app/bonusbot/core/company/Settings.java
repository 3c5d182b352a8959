package app.bonusbot.core.company;

import app.bonusbot.core.i18n.Language;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;

/** Company-wide settings from bot-config/settings.yaml. */
public record Settings(String companyName, ZoneId zone, Currency currency, Language language, Set<String> adminIds, DisplayNames names) {
    public Settings {
        adminIds = adminIds == null ? Set.of() : Set.copyOf(adminIds);
        names = names == null ? DisplayNames.NONE : names;
    }

    /** Settings that name no deal type or pipeline: they are shown as written. */
    public Settings(String companyName, ZoneId zone, Currency currency, Language language, Set<String> adminIds) {
        this(companyName, zone, currency, language, adminIds, DisplayNames.NONE);
    }

    public boolean isAdmin(String personId) {
        return adminIds.contains(personId);
    }
}
