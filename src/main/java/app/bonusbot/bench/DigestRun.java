package app.bonusbot.bench;

import app.bonusbot.bot.Application;
import app.bonusbot.core.announce.PostDelivery;
import app.bonusbot.core.announce.PreparedPost;
import app.bonusbot.core.announce.TeamPosts;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.store.EveryOwnersDeals;
import app.bonusbot.store.PostLedger;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The weekly digest: every team's post of posts.yaml prepared as {@code announce --all --dry-run} prepares it (the
 * company and every owner's deals read once, each team's post written, the charts drawn on every core), once with the
 * real chart and once with a chart that costs nothing; posted nowhere and recorded nowhere. Its floor: every team's
 * members' aggregates in one SQL statement.
 */
final class DigestRun {

    /** A delivery is needed to build the posts; preparing one never delivers it. */
    private static final PostDelivery NOWHERE = (target, post, chartPng, receipt) -> {
        throw new IllegalStateException("the bench prepares posts and delivers none");
    };
    private static final int WARMUP_TEAMS = 3;

    private DigestRun() {}

    static BenchResult.DigestFigure run(Application app, RawQueries raw, DateRange quarter, Consumer<String> progress) {
        ZonedDateTime now = ZonedDateTime.now(app.clock());
        Supplier<TeamPosts> withCharts = () -> app.teamPosts(NOWHERE);
        Supplier<TeamPosts> withoutCharts = () -> new TeamPosts(app::company, app.ledger(), new EveryOwnersDeals(app.database()),
                new PostLedger(app.database()), app.config().posts(), chart -> new byte[0], NOWHERE);
        List<String> teams = withCharts.get().teamIds();
        if (teams.isEmpty()) {
            throw new IllegalStateException("the configuration has no weekly posts (posts.yaml) to prepare a digest of");
        }
        progress.accept("bench: weekly digest of " + teams.size() + " teams, without charts");
        long without = prepareAll(withoutCharts, teams, now);
        progress.accept("bench: weekly digest of " + teams.size() + " teams, with charts");
        long with = prepareAll(withCharts, teams, now);
        raw.allTeams(quarter.from(), quarter.to());
        long start = System.nanoTime();
        raw.allTeams(quarter.from(), quarter.to());
        long floor = System.nanoTime() - start;
        return new BenchResult.DigestFigure(teams.size(), without, with, floor);
    }

    /**
     * @return the nanoseconds preparing every team's post took, as the announce command prepares them, after a few
     *     unmeasured ones; each on posts of its own, so that the measured digest reads the deals itself
     */
    private static long prepareAll(Supplier<TeamPosts> posts, List<String> teams, ZonedDateTime now) {
        posts.get().prepareAll(teams.subList(0, Math.min(WARMUP_TEAMS, teams.size())), now, DigestRun::consume);
        TeamPosts measured = posts.get();
        long start = System.nanoTime();
        measured.prepareAll(teams, now, DigestRun::consume);
        return System.nanoTime() - start;
    }

    private static void consume(PreparedPost post) {
        if (post.channel().post().reply().blocks().isEmpty()) {
            throw new IllegalStateException("a prepared team post has no blocks");
        }
    }
}
