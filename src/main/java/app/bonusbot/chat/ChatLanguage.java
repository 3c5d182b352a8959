package app.bonusbot.chat;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import java.util.function.Supplier;

/** The language a chat adapter's own texts speak to someone in: theirs, else the company's, as the command layer does. */
public final class ChatLanguage {

    private ChatLanguage() {}

    /** @param personId null for someone Bonusbot does not know */
    public static Texts texts(Company company, String personId) {
        Language language = personId == null ? null
                : company.directory().person(personId).map(Person::language).orElse(null);
        return Texts.of(language == null ? company.settings().language() : language);
    }

    /** The company's language for someone not (yet) known; English when even the company cannot be loaded. */
    public static Texts fallback(Supplier<Company> company) {
        try {
            return Texts.of(company.get().settings().language());
        } catch (RuntimeException e) {
            return Texts.of(Language.EN);
        }
    }
}
