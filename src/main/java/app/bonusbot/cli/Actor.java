package app.bonusbot.cli;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import java.nio.file.Path;

/**
 * Who a verb that changes money acts as, for the audit log: {@code cli} for whoever runs the command line on the
 * database (trusted as sales ops), or the {@code --by} person, who must be an admin of settings.yaml.
 */
final class Actor {

    static final String CLI = "cli";

    private Actor() {}

    /** @param by the --by option; null for none */
    static String of(String by, Company company, Path config, Texts texts) {
        if (by == null) {
            return CLI;
        }
        company.directory().person(by).orElseThrow(() -> new UserError(ExitCodes.USAGE, texts, "cli.error.by_unknown", by, config.resolve("people.yaml")));
        if (!company.settings().isAdmin(by)) {
            throw new UserError(ExitCodes.NOT_ALLOWED, texts, "cli.error.by_not_admin", by, config.resolve("settings.yaml"));
        }
        return by;
    }
}
