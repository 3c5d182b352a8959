package app.bonusbot.store;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The store_meta table: small facts about the database itself, by key. */
final class StoreMeta {

    /** The hash of the configuration last written into the database ({@link DirectoryStore#syncFromConfig}). */
    static final String CONFIG_HASH = "config_hash";
    /** How many writes have changed people, teams, targets or deals ({@link DataVersion}). */
    static final String DATA_VERSION = "data_version";

    private StoreMeta() {}

    static Optional<String> get(Handle h, String key) {
        return h.createQuery("SELECT value FROM store_meta WHERE key = :key").bind("key", key).mapTo(String.class).findOne();
    }

    static void put(Handle h, String key, String value) {
        h.createUpdate("INSERT INTO store_meta (key, value) VALUES (:key, :value) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                .bind("key", key)
                .bind("value", value)
                .execute();
    }
}
