package app.bonusbot.store;

import java.util.Locale;

/**
 * Where a directory row came from. Config rows are owned by bot-config/: each start re-applies them and removes
 * those no longer configured. Imported rows stay until another import changes them.
 */
enum Source {
    CONFIG,
    IMPORT;

    String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
