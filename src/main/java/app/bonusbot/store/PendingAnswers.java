package app.bonusbot.store;

import app.bonusbot.store.DeliveriesSeen.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answers a bot process owes: a command the platform was told "got it" whose answer has not gone out yet, recorded
 * with the command's delivery claim in one transaction before the ack, and forgotten once answered. Every process
 * keeps a lease on being alive ({@code replica <holder>} in leases); when a holder's lease runs out (it died between
 * the ack and the answer), another process takes its answers over, each with one UPDATE on the holder it read, so
 * exactly one process does. The pending_answers table of the store (migration V18).
 */
public final class PendingAnswers {

    /** One answer owed, with the command it answers. */
    public record PendingAnswer(String platform, String deliveryId, String userId, String text, String responseUrl, Instant createdAt,
            String holder, int takenOver) {}

    /** What a look for the answers of dead processes found: those this process now holds, and those given up. */
    public record TakeOver(List<PendingAnswer> taken, List<PendingAnswer> givenUp) {}

    /** Slack's response URL takes answers this long after the command; after that nobody waits for one. */
    public static final Duration ANSWERED_WITHIN = Duration.ofMinutes(30);
    /** Discord's interaction token edits the deferred reply this long after the command, per Discord's documentation. */
    public static final Duration DISCORD_ANSWERED_WITHIN = Duration.ofMinutes(15);
    /** A command whose answering killed this many processes is not tried again. */
    public static final int MOST_TAKEOVERS = 3;
    private static final String ALIVE = "replica ";
    private static final int BATCH = 100;
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Database db;
    private final String holder;
    private final DeliveriesSeen deliveries;
    private final Leases leases;

    /** @param holder this process, as {@link Leases#thisProcess()} names it */
    public PendingAnswers(Database db, String holder) {
        this.db = db;
        this.holder = holder;
        this.deliveries = new DeliveriesSeen(db);
        this.leases = new Leases(db);
    }

    public String holder() {
        return holder;
    }

    /**
     * Claims a command's delivery as {@link DeliveriesSeen#claim} does and, when it is the first, records the answer
     * owed for it in the same transaction, held by this process.
     */
    public Verdict claimOwing(String platform, String kind, String deliveryId, Instant keepUntil, String userId, String text, String responseUrl) {
        return deliveries.claim(platform, kind, deliveryId, keepUntil, h -> h.createUpdate("""
                        INSERT INTO pending_answers (platform, delivery_id, user_id, command_text, response_url, created_at, holder)
                        VALUES (:platform, :id, :user, :text, :url, :now, :holder)
                        ON CONFLICT (platform, delivery_id) DO NOTHING""")
                .bind("platform", platform).bind("id", deliveryId).bind("user", userId).bind("text", text).bind("url", responseUrl)
                .bind("now", text(db.clock().instant())).bind("holder", holder)
                .execute());
    }

    /**
     * Forgets an answer that went out (or was given in the ack). False when SQLite's write lock is held by an import
     * just now: the caller tries again later; meanwhile the answer stays this live process's, so nobody repeats it.
     */
    public boolean answered(String platform, String deliveryId) {
        return OneStatementClaim.runIfFree(db, h -> h.createUpdate("DELETE FROM pending_answers WHERE platform = :platform AND delivery_id = :id")
                .bind("platform", platform).bind("id", deliveryId)
                .execute()).isPresent();
    }

    /** Takes or renews this process's lease on being alive, for {@code length} from now. */
    public void stayAlive(Duration length) {
        leases.take(ALIVE + holder, holder, length);
    }

    /** Gives the lease on being alive back, at a graceful stop: what this process still owes is taken over at once. */
    public void leave() {
        leases.giveBack(ALIVE + holder, holder);
    }

    /** As {@link #takeOverFromTheDead(String, Duration)} with Slack's {@link #ANSWERED_WITHIN}. */
    public TakeOver takeOverFromTheDead(String platform) {
        return takeOverFromTheDead(platform, ANSWERED_WITHIN);
    }

    /**
     * Takes over the answers of one platform owed by processes whose lease on being alive ran out: each becomes this
     * process's, for it to answer now. One older than {@code answeredWithin} (how long the platform takes an answer:
     * {@link #ANSWERED_WITHIN} for Slack, {@link #DISCORD_ANSWERED_WITHIN} for Discord), or taken over
     * {@link #MOST_TAKEOVERS} times already, is given up instead (deleted).
     */
    public TakeOver takeOverFromTheDead(String platform, Duration answeredWithin) {
        Instant now = db.clock().instant();
        List<PendingAnswer> orphans = db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT platform, delivery_id, user_id, command_text, response_url, created_at, holder, taken_over FROM pending_answers p
                        WHERE p.platform = :platform AND p.holder <> :me
                          AND NOT EXISTS (SELECT 1 FROM leases l WHERE l.name = :alive || p.holder AND l.held_until > :now)
                        ORDER BY p.created_at, p.delivery_id""")
                .bind("platform", platform).bind("me", holder).bind("alive", ALIVE).bind("now", text(now))
                .setMaxRows(BATCH)
                .map((rs, ctx) -> new PendingAnswer(rs.getString("platform"), rs.getString("delivery_id"), rs.getString("user_id"),
                        rs.getString("command_text"), rs.getString("response_url"), Instant.parse(rs.getString("created_at")), rs.getString("holder"),
                        rs.getInt("taken_over")))
                .list());
        List<PendingAnswer> taken = new ArrayList<>();
        List<PendingAnswer> givenUp = new ArrayList<>();
        for (PendingAnswer orphan : orphans) {
            boolean tooLate = !orphan.createdAt().plus(answeredWithin).isAfter(now) || orphan.takenOver() >= MOST_TAKEOVERS;
            if (tooLate && giveUp(orphan)) {
                givenUp.add(orphan);
            } else if (!tooLate && takeOver(orphan)) {
                taken.add(new PendingAnswer(orphan.platform(), orphan.deliveryId(), orphan.userId(), orphan.text(), orphan.responseUrl(),
                        orphan.createdAt(), holder, orphan.takenOver() + 1));
            }
        }
        return new TakeOver(taken, givenUp);
    }

    /** The answers owed on the store, oldest first. */
    public List<PendingAnswer> all() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT platform, delivery_id, user_id, command_text, response_url, created_at, holder, taken_over FROM pending_answers
                        ORDER BY created_at, delivery_id""")
                .map((rs, ctx) -> new PendingAnswer(rs.getString("platform"), rs.getString("delivery_id"), rs.getString("user_id"),
                        rs.getString("command_text"), rs.getString("response_url"), Instant.parse(rs.getString("created_at")), rs.getString("holder"),
                        rs.getInt("taken_over")))
                .list());
    }

    /** One statement on the holder read: of two processes taking the same answer over, one changes the row. */
    private boolean takeOver(PendingAnswer orphan) {
        return OneStatementClaim.run(db, h -> h.createUpdate("""
                        UPDATE pending_answers SET holder = :me, taken_over = taken_over + 1
                        WHERE platform = :platform AND delivery_id = :id AND holder = :was""")
                .bind("me", holder).bind("platform", orphan.platform()).bind("id", orphan.deliveryId()).bind("was", orphan.holder())
                .execute() == 1);
    }

    private boolean giveUp(PendingAnswer orphan) {
        return OneStatementClaim.run(db, h -> h.createUpdate("DELETE FROM pending_answers WHERE platform = :platform AND delivery_id = :id AND holder = :was")
                .bind("platform", orphan.platform()).bind("id", orphan.deliveryId()).bind("was", orphan.holder())
                .execute() == 1);
    }

    private static String text(Instant instant) {
        return INSTANT.format(instant);
    }
}
