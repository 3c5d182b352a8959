package app.bonusbot.cli;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;

/**
 * Who a verb that changes money records as its actor: {@code cli} (whoever runs the CLI on the database is trusted as
 * sales ops), or the admin {@code --by} names; anyone else named by {@code --by} is refused.
 */
final class AdminActor {

    static final String CLI = "cli";

    private AdminActor() {}

    /** @param what the step in words for the refusal: "close a period" */
    static String of(String by, Company company, Texts texts, String what) {
        if (by == null) {
            return CLI;
        }
        if (company.directory().person(by).isEmpty()) {
            throw new UserError(ExitCodes.USAGE, texts, "cli.error.by_unknown", by);
        }
        if (!company.settings().isAdmin(by)) {
            throw new UserError(ExitCodes.NOT_ALLOWED, texts, "cli.error.by_not_admin", by, what);
        }
        return by;
    }
}
