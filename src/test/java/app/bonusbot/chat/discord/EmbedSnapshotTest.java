package app.bonusbot.chat.discord;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embeds of status, explain, whatif, team and help exactly as JDA sends them, for the demo company on
 * 27 November 2026, against committed snapshots.
 */
class EmbedSnapshotTest {

    @TempDir
    Path dir;

    private DiscordTestBed bed;

    @BeforeEach
    void the_demo_company() {
        bed = DiscordTestBed.open(dir);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void the_demo_sellers_status_renders_as_in_its_snapshot() {
        // when
        DiscordMessage message = bed.rendered("anna.holm", "status");
        // then
        EmbedSnapshots.assertMatches("status", message.embeds());
    }

    @Test
    void the_demo_sellers_explanation_renders_as_in_its_snapshot() {
        // when
        DiscordMessage message = bed.rendered("anna.holm", "explain");
        // then
        EmbedSnapshots.assertMatches("explain", message.embeds());
    }

    @Test
    void the_demo_sellers_what_if_renders_as_in_its_snapshot() {
        // when
        DiscordMessage message = bed.rendered("anna.holm", "whatif 100000 renewal");
        // then
        EmbedSnapshots.assertMatches("whatif", message.embeds());
    }

    @Test
    void the_managers_team_overview_renders_as_in_its_snapshot_in_danish() {
        // when
        DiscordMessage message = bed.rendered("mette.lund", "team");
        // then
        EmbedSnapshots.assertMatches("team", message.embeds());
    }

    @Test
    void the_help_renders_as_in_its_snapshot() {
        // when
        DiscordMessage message = bed.rendered("anna.holm", "help");
        // then
        EmbedSnapshots.assertMatches("help", message.embeds());
    }
}
