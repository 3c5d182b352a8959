package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;

/**
 * The language a CLI run speaks, from its first line to its last (README, "CLI reference", Language): a command about
 * one person speaks theirs, a command for the company the company's. Diagnostics about files, fields and tokens are
 * English ({@link UserError}'s plain constructors) and are reported before or instead of anything else.
 */
final class RunLanguage {

    private RunLanguage() {}

    /** For survey open/close/results, announce, import and errors before the person is known. */
    static Texts company(Application app) {
        return Texts.of(app.company().settings().language());
    }

    /** For status, explain, whatif, team and the console chat: the person's language, else the company's. */
    static Texts of(Application app, Person person) {
        return Texts.of(person.language() != null ? person.language() : app.company().settings().language());
    }
}
