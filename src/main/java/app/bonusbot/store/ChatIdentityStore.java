package app.bonusbot.store;

import java.time.Instant;
import java.util.Optional;

/** Cache of chat-user lookups, so a chat adapter asks its platform for a user's e-mail once, not per message. */
public final class ChatIdentityStore {

    private final Database db;

    public ChatIdentityStore(Database db) {
        this.db = db;
    }

    public Optional<ChatIdentity> find(String platform, String chatUserId) {
        // Asked before every answer: a point read, not a Jdbi handle.
        return db.readOne("SELECT platform, chat_user_id, person_id, email, resolved_at FROM chat_identities WHERE platform = ? AND chat_user_id = ?",
                s -> {
                    s.setString(1, platform);
                    s.setString(2, chatUserId);
                },
                rs -> new ChatIdentity(rs.getString("platform"), rs.getString("chat_user_id"), rs.getString("person_id"), rs.getString("email"),
                        Instant.parse(rs.getString("resolved_at"))));
    }

    /**
     * Inserts or replaces the entry for the identity's platform and user id, if the database can take it at once.
     * It is a cache: while another process writes (an import), the entry is not worth waiting for, and the platform
     * is simply asked again next time.
     *
     * @return false when another writer held the lock and nothing was written
     */
    public boolean remember(ChatIdentity identity) {
        return db.writeIfFree(h -> h.createUpdate("""
                        INSERT INTO chat_identities (platform, chat_user_id, person_id, email, resolved_at)
                        VALUES (:platform, :user, :person, :email, :resolvedAt)
                        ON CONFLICT (platform, chat_user_id)
                        DO UPDATE SET person_id = excluded.person_id, email = excluded.email, resolved_at = excluded.resolved_at""")
                .bind("platform", identity.platform())
                .bind("user", identity.chatUserId())
                .bind("person", identity.personId())
                .bind("email", identity.email())
                .bind("resolvedAt", identity.resolvedAt().toString())
                .execute());
    }

    /** Forgets one user's entry, e.g. after their e-mail changed. */
    public void forget(String platform, String chatUserId) {
        db.useWrite(h -> h.createUpdate("DELETE FROM chat_identities WHERE platform = :platform AND chat_user_id = :user")
                .bind("platform", platform)
                .bind("user", chatUserId)
                .execute());
    }
}
