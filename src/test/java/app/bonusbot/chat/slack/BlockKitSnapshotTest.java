package app.bonusbot.chat.slack;

import app.bonusbot.chat.ChatLanguage;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.reply.Reply;
import com.slack.api.util.json.GsonFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ephemeral payloads of status, explain, whatif and team exactly as they go to the response URL (serialized by
 * the SDK), for the demo company on 27 November 2026, against committed snapshots.
 */
class BlockKitSnapshotTest {

    @TempDir
    Path dir;

    private SlackTestBed bed;

    @BeforeEach
    void the_demo_company() {
        bed = SlackTestBed.open(dir);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    /** The JSON the app posts for a person's command. */
    static String payload(SlackTestBed bed, String personId, String command) {
        Reply reply = bed.application.commands().handle(personId, command);
        Texts texts = ChatLanguage.texts(bed.application.company(), personId);
        SlackMessage message = new BlockKitRenderer().message(reply, texts);
        return GsonFactory.createSnakeCase().toJson(BonusSlashCommand.ephemeral(message));
    }

    @Test
    void the_demo_sellers_status_renders_as_in_its_snapshot() {
        // when
        String json = payload(bed, "anna.holm", "status");
        // then
        Snapshots.assertMatches("status", json);
    }

    @Test
    void the_demo_sellers_explanation_renders_as_in_its_snapshot() {
        // when
        String json = payload(bed, "anna.holm", "explain");
        // then
        Snapshots.assertMatches("explain", json);
    }

    @Test
    void the_demo_sellers_what_if_renders_as_in_its_snapshot() {
        // when
        String json = payload(bed, "anna.holm", "whatif 100000 renewal");
        // then
        Snapshots.assertMatches("whatif", json);
    }

    @Test
    void the_managers_team_overview_renders_as_in_its_snapshot_in_danish() {
        // when
        String json = payload(bed, "mette.lund", "team");
        // then
        Snapshots.assertMatches("team", json);
    }
}
