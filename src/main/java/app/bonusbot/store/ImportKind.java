package app.bonusbot.store;

import java.util.Locale;

/** What a file import brought in; the name is how the imports table and the CLI spell it. */
public enum ImportKind {
    DEALS,
    PEOPLE,
    TARGETS;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ImportKind fromDbName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
