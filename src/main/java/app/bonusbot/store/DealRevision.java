package app.bonusbot.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A superseded version of a deal: the fields that changed after it, with the values they had (null where the
 * field was empty).
 *
 * @param importId the import that replaced this version; null when it was replaced outside an import
 */
public record DealRevision(String dealId, int version, Instant changedAt, Long importId, Map<String, String> previousValues) {
    public DealRevision {
        previousValues = Collections.unmodifiableMap(new LinkedHashMap<>(previousValues));
    }
}
