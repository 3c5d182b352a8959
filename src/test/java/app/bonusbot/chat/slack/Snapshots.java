package app.bonusbot.chat.slack;

import app.bonusbot.snapshots.JsonSnapshots;
import com.fasterxml.jackson.databind.JsonNode;



/**
 * Committed Block Kit JSON under src/test/resources/snapshots/slack/. A missing snapshot is written and the test
 * fails, so that a new one is read by eye before it is committed; {@code -Dsnapshots.update=true} rewrites them all
 * after an intended change. Any other difference fails.
 */
final class Snapshots {

    private static final JsonSnapshots SLACK = new JsonSnapshots("slack");

    private Snapshots() {}

    static JsonNode read(String name) {
        return SLACK.read(name);
    }

    static void assertMatches(String name, String actualJson) {
        SLACK.assertMatches(name, actualJson);
    }
}
