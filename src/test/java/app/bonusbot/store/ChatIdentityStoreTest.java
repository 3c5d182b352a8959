package app.bonusbot.store;

import app.bonusbot.core.plan.TargetBook;
import static app.bonusbot.store.StoreFixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothStores
class ChatIdentityStoreTest {

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    private ChatIdentityStore cache;

    @BeforeEach
    void open() {
        Database db = Database.open(kind.address(dir), CLOCK);
        new DirectoryStore(db).syncFromConfig(StoreFixtures.demoDirectory(), TargetBook.EMPTY);
        cache = new ChatIdentityStore(db);
    }

    @Test
    void an_unknown_chat_user_is_not_in_the_cache() {
        // given / when
        Optional<ChatIdentity> found = cache.find("slack", "U999");

        // then
        assertTrue(found.isEmpty());
    }

    @Test
    void a_remembered_identity_is_found_and_a_newer_one_replaces_it() {
        // given
        cache.remember(new ChatIdentity("slack", "U1", null, "anna@old.example.com", Instant.parse("2026-10-01T10:00:00Z")));
        ChatIdentity newer = new ChatIdentity("slack", "U1", "anna", "anna@example.com", Instant.parse("2026-10-02T10:00:00Z"));

        // when
        cache.remember(newer);

        // then
        assertEquals(Optional.of(newer), cache.find("slack", "U1"));
        assertTrue(cache.find("discord", "U1").isEmpty());
    }

    @Test
    void a_forgotten_identity_is_gone() {
        // given
        cache.remember(new ChatIdentity("slack", "U1", "anna", "anna@example.com", Instant.parse("2026-10-02T10:00:00Z")));

        // when
        cache.forget("slack", "U1");

        // then
        assertTrue(cache.find("slack", "U1").isEmpty());
    }
}
