package app.bonusbot.store;

import static app.bonusbot.store.StoreFixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The answer path's one-row reads on kept connections and prepared statements: always the newest committed row. */
@OnBothStores
class PointReadsTest {

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    @Test
    void a_point_read_sees_a_write_another_process_committed_just_before_it() {
        // GIVEN two processes' stores on one file, and the bot's read of the data version on a kept statement
        try (Database bot = Database.open(kind.address(dir), CLOCK); Database importer = Database.open(kind.address(dir), CLOCK)) {
            long before = DataVersion.read(bot);
            DataVersion.read(bot);

            // WHEN the other one commits a write that bumps it
            importer.useWrite(DataVersion::bump);

            // THEN the very next read on the same kept statement has it
            assertEquals(before + 1, DataVersion.read(bot));
        }
    }

    @Test
    void a_chat_identity_remembered_is_found_at_once_and_forgotten_is_gone() {
        // GIVEN a store that has looked the user up before (its statement is prepared and kept)
        try (Database db = Database.open(kind.address(dir), CLOCK)) {
            ChatIdentityStore identities = new ChatIdentityStore(db);
            assertTrue(identities.find("slack", "U0ANNA01").isEmpty());

            // WHEN the user is remembered, then forgotten
            Instant at = Instant.parse("2026-11-27T09:41:00Z");
            identities.remember(new ChatIdentity("slack", "U0ANNA01", null, "anna.holm@nordlys.example", at));
            Optional<ChatIdentity> found = identities.find("slack", "U0ANNA01");
            identities.forget("slack", "U0ANNA01");

            // THEN each read saw the row as it was then
            assertEquals(Optional.of(new ChatIdentity("slack", "U0ANNA01", null, "anna.holm@nordlys.example", at)), found);
            assertTrue(identities.find("slack", "U0ANNA01").isEmpty());
        }
    }

    @Test
    void many_threads_reading_at_once_each_get_their_own_row() throws Exception {
        // GIVEN 50 users in the identity cache
        try (Database db = Database.open(kind.address(dir), CLOCK)) {
            ChatIdentityStore identities = new ChatIdentityStore(db);
            Instant at = Instant.parse("2026-11-27T09:41:00Z");
            for (int i = 0; i < 50; i++) {
                identities.remember(new ChatIdentity("slack", "U" + i, null, "user" + i + "@nordlys.example", at));
            }

            // WHEN 16 threads look them up, more than the connections kept
            ExecutorService threads = Executors.newFixedThreadPool(16);
            try {
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < 16; t++) {
                    results.add(threads.submit(() -> {
                        List<String> emails = new ArrayList<>();
                        for (int round = 0; round < 20; round++) {
                            for (int i = 0; i < 50; i++) {
                                emails.add(identities.find("slack", "U" + i).orElseThrow().email());
                            }
                        }
                        return emails;
                    }));
                }

                // THEN every thread read every user's own e-mail
                for (Future<List<String>> result : results) {
                    List<String> emails = result.get(60, TimeUnit.SECONDS);
                    for (int i = 0; i < emails.size(); i++) {
                        assertEquals("user" + (i % 50) + "@nordlys.example", emails.get(i));
                    }
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }
}
