package app.bonusbot.slack;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import java.util.function.Supplier;

/** The language the Slack app's own texts speak to someone in: theirs, else the company's, as the command layer does. */
final class PersonLanguage {

    private PersonLanguage() {}

    /** @param personId null for someone Bonusbot does not know */
    static Texts texts(Company company, String personId) {
        Language language = personId == null ? null
                : company.directory().person(personId).map(Person::language).orElse(null);
        return Texts.of(language == null ? company.settings().language() : language);
    }

    /** The company's language for someone not (yet) known; English when even the company cannot be loaded. */
    static Texts fallback(Supplier<Company> company) {
        try {
            return Texts.of(company.get().settings().language());
        } catch (RuntimeException e) {
            return Texts.of(Language.EN);
        }
    }
}
