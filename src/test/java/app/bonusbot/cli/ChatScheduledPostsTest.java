package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.announce.PostClaims;
import app.bonusbot.store.Database;
import app.bonusbot.store.PostLedger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console chat stands in for the chat platform: the week's scheduled team posts are made while it runs. */
class ChatScheduledPostsTest {

    @TempDir
    Path tempDir;

    private final InputStream realIn = System.in;
    private final PrintStream realOut = System.out;
    private final PrintStream realErr = System.err;

    @AfterEach
    void give_the_terminal_back() {
        System.setIn(realIn);
        System.setOut(realOut);
        System.setErr(realErr);
    }

    @Test
    void the_chat_posts_the_weeks_missed_team_posts_once_on_start() {
        // given Friday 27 November 2026: Monday's posts have not been made
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().withHubSpotExportImported();
        System.setIn(new ByteArrayInputStream("/bonus help\n".getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        // when
        InProcessCli.Run run = cli.run("chat", "--person", "anna.holm");
        give_the_terminal_back();
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        try (Database db = Database.open(cli.db())) {
            PostLedger posts = new PostLedger(db);
            for (String team : List.of("nordics", "dach", "renewals")) {
                PostClaims.PostRecord week = posts.find(team, "2026-W48").orElseThrow(() -> new AssertionError(team + " was not posted"));
                assertTrue(week.sent(), team);
                assertEquals(PostClaims.Source.SCHEDULE, week.source(), team);
            }
        }
    }
}
