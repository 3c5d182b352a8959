package app.bonusbot.store;

import app.bonusbot.core.announce.PostClaims;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The weekly team posts made, one per team, platform and ISO week, so that a post goes out exactly once on each
 * platform however many bot processes share the database, whichever platforms each has, and however often they
 * restart. A post is claimed before it is sent and marked sent after; a claim never marked sent (its process died
 * while posting) may be taken over after {@link #STALE_AFTER}. A post recorded before claims were per platform
 * (platform {@value #EVERY_PLATFORM}, migration V16) keeps its week on every platform. The team_posts table of the
 * store, as the core's {@link PostClaims}.
 */
public final class PostLedger implements PostClaims {

    /** The platform of a post made before claims were per platform: its week is had everywhere. */
    static final String EVERY_PLATFORM = "*";

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String COLUMNS = "team_id, platform, week, post_date, occurrence, source, claimed_at, sent_at";

    private final Database db;

    public PostLedger(Database db) {
        this.db = db;
    }

    /**
     * Claims a team's week on a platform in one transaction: inserts its row, which fails on the key when the week is
     * had there already, or takes over a claim older than {@link #STALE_AFTER} that was never marked sent.
     */
    @Override
    public ClaimResult claim(String teamId, String platform, String week, LocalDate postDate, Instant occurrence, Source source) {
        Instant now = db.clock().instant();
        String token = UUID.randomUUID().toString();
        return db.write(h -> {
            Optional<PostRecord> before = find(h, teamId, EVERY_PLATFORM, week);
            if (before.isPresent()) {
                return new ClaimResult.Taken(before.get());
            }
            int inserted = h.createUpdate("""
                            INSERT INTO team_posts (team_id, platform, week, post_date, occurrence, source, state, claim_token, claimed_at)
                            VALUES (:team, :platform, :week, :date, :occurrence, :source, 'claimed', :token, :now)
                            ON CONFLICT (team_id, platform, week) DO NOTHING""")
                    .bind("team", teamId).bind("platform", platform).bind("week", week).bind("date", postDate.toString()).bind("occurrence", text(occurrence))
                    .bind("source", column(source)).bind("token", token).bind("now", text(now))
                    .execute();
            if (inserted == 1) {
                return new ClaimResult.Claimed(new Claim(teamId, platform, week, token));
            }
            int takenOver = h.createUpdate("""
                            UPDATE team_posts SET post_date = :date, occurrence = :occurrence, source = :source, claim_token = :token, claimed_at = :now
                            WHERE team_id = :team AND platform = :platform AND week = :week AND state = 'claimed' AND claimed_at < :staleBefore""")
                    .bind("team", teamId).bind("platform", platform).bind("week", week).bind("date", postDate.toString()).bind("occurrence", text(occurrence))
                    .bind("source", column(source)).bind("token", token).bind("now", text(now)).bind("staleBefore", text(now.minus(STALE_AFTER)))
                    .execute();
            if (takenOver == 1) {
                return new ClaimResult.Claimed(new Claim(teamId, platform, week, token));
            }
            return new ClaimResult.Taken(find(h, teamId, platform, week).orElseThrow());
        });
    }

    @Override
    public boolean markSent(Claim claim) {
        return db.write(h -> h.createUpdate("""
                        UPDATE team_posts SET state = 'sent', sent_at = :now
                        WHERE team_id = :team AND platform = :platform AND week = :week AND claim_token = :token AND state = 'claimed'""")
                .bind("now", text(db.clock().instant())).bind("team", claim.teamId()).bind("platform", claim.platform()).bind("week", claim.week())
                .bind("token", claim.token())
                .execute()) == 1;
    }

    @Override
    public void release(Claim claim) {
        db.useWrite(h -> h.createUpdate("""
                        DELETE FROM team_posts WHERE team_id = :team AND platform = :platform AND week = :week AND claim_token = :token AND state = 'claimed'""")
                .bind("team", claim.teamId()).bind("platform", claim.platform()).bind("week", claim.week()).bind("token", claim.token())
                .execute());
    }

    @Override
    public Optional<PostRecord> find(String teamId, String platform, String week) {
        return db.jdbi().withHandle(h -> find(h, teamId, platform, week));
    }

    @Override
    public Optional<PostRecord> find(String teamId, String week) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM team_posts WHERE team_id = :team AND week = :week ORDER BY claimed_at, platform")
                .bind("team", teamId).bind("week", week)
                .map((rs, ctx) -> record(rs))
                .stream().findFirst());
    }

    @Override
    public Optional<LocalDate> lastPostBefore(String teamId, LocalDate day) {
        String latest = db.jdbi().withHandle(h -> h.createQuery("SELECT MAX(post_date) FROM team_posts WHERE team_id = :team AND state = 'sent' AND post_date < :day")
                .bind("team", teamId).bind("day", day.toString())
                .mapTo(String.class)
                .one());
        return Optional.ofNullable(latest).map(LocalDate::parse);
    }

    private static Optional<PostRecord> find(Handle h, String teamId, String platform, String week) {
        return h.createQuery("SELECT " + COLUMNS + " FROM team_posts WHERE team_id = :team AND platform = :platform AND week = :week")
                .bind("team", teamId).bind("platform", platform).bind("week", week)
                .map((rs, ctx) -> record(rs))
                .findOne();
    }

    private static PostRecord record(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PostRecord(rs.getString("team_id"), rs.getString("week"), LocalDate.parse(rs.getString("post_date")),
                Instant.parse(rs.getString("occurrence")), Source.valueOf(rs.getString("source").toUpperCase(Locale.ROOT)),
                Instant.parse(rs.getString("claimed_at")), rs.getString("sent_at") == null ? null : Instant.parse(rs.getString("sent_at")));
    }

    private static String column(Source source) {
        return source.name().toLowerCase(Locale.ROOT);
    }

    private static String text(Instant instant) {
        return INSTANT.format(instant);
    }
}
