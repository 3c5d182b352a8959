package app.bonusbot.core.company;

import app.bonusbot.core.i18n.Language;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;

/** Company-wide settings from bot-config/settings.yaml. */
public record Settings(String companyName, ZoneId zone, Currency currency, Language language, Set<String> adminIds) {
    public Settings {
        adminIds = adminIds == null ? Set.of() : Set.copyOf(adminIds);
    }

    public boolean isAdmin(String personId) {
        return adminIds.contains(personId);
    }
}
