package app.bonusbot.core.people;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A chat platform that knows people and channels by ids of its own. The core keeps a person's user ids and a team's
 * channels as one map from platform to id, so that no core record names a platform in a field.
 */
public enum ChatPlatform {
    SLACK,
    DISCORD;

    /**
     * An unmodifiable copy of ids by platform without the null ones, so that a reader can fill the map from optional
     * fields and "not on that platform" has one form: no entry.
     */
    public static Map<ChatPlatform, String> present(Map<ChatPlatform, String> ids) {
        EnumMap<ChatPlatform, String> copy = new EnumMap<>(ChatPlatform.class);
        ids.forEach((platform, id) -> {
            if (id != null) {
                copy.put(platform, id);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
