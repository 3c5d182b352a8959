package app.bonusbot.core.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.bot.ManualClock;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.store.LedgerDeal;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly digest of every team (bot-config/posts.yaml's three teams on the demo company and its deals): read from
 * every owner's deals at once, saying exactly what each team's post said when its members were read one by one.
 */
class TeamPostsDigestTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final ZonedDateTime FRIDAY = LocalDateTime.parse("2026-11-27T10:00:00").atZone(COPENHAGEN);

    /** The posts are prepared, never delivered. */
    private static final PostDelivery NOWHERE = (target, post, chartPng, receipt) -> {
        throw new AssertionError("a prepared post was delivered");
    };

    @TempDir
    Path dir;

    private Application app;

    @AfterEach
    void close() {
        app.close();
    }

    private Application open() {
        ManualClock clock = new ManualClock(FRIDAY);
        app = Application.open(Path.of("bot-config"), dir.resolve("bonusbot.db"), zone -> clock.withZone(zone));
        return app;
    }

    /** The statements that read deals or their tallies while the work runs. */
    private int dealReads(Runnable work) {
        SqlStatements statements = app.database().jdbi().getConfig(SqlStatements.class);
        SqlLogger previous = statements.getSqlLogger();
        AtomicInteger reads = new AtomicInteger();
        statements.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                String sql = context.getRenderedSql();
                if (sql.contains("FROM deals") || sql.contains("FROM deal_tallies")) {
                    reads.incrementAndGet();
                }
            }
        });
        try {
            work.run();
        } finally {
            statements.setSqlLogger(previous);
        }
        return reads.get();
    }

    @Test
    void the_posts_of_every_team_read_the_deals_as_often_as_the_post_of_one_team() {
        // given the demo company, whose three teams have a post
        open();
        List<String> teams = app.teamPosts(NOWHERE).teamIds();
        assertEquals(3, teams.size());

        // when one team's post is prepared, and then, afresh, every team's post one after the other
        int oneTeam = dealReads(() -> app.teamPosts(NOWHERE).prepare(teams.get(0), FRIDAY));
        TeamPosts posts = app.teamPosts(NOWHERE);
        int everyTeam = dealReads(() -> teams.forEach(team -> posts.prepare(team, FRIDAY)));

        // then the deals are read a few times for the whole company, not per team or member
        assertTrue(oneTeam > 0, "the post reads deals");
        assertEquals(oneTeam, everyTeam);
    }

    @Test
    void the_digest_says_exactly_what_each_teams_post_says_when_its_members_are_read_one_by_one() {
        // given the demo company with its deals
        open();
        TeamPosts posts = app.teamPosts(NOWHERE);
        Company company = app.company();

        // when every team's post is prepared at once
        List<PreparedPost> digest = new ArrayList<>();
        posts.prepareAll(posts.teamIds(), FRIDAY, digest::add);

        // then each is the post the team builder makes from the ledger member by member, in the teams' order
        assertEquals(posts.teamIds(), digest.stream().map(p -> p.content().team().id()).toList());
        for (PreparedPost prepared : digest) {
            TeamPost content = prepared.content();
            TeamPost oneByOne = new TeamPostBuilder(company, app.ledger()).build(content.team(), content.date(), content.previous(),
                    milestonesOf(content.team().id()));
            assertEquals(oneByOne, content);
            assertTrue(prepared.channel().chartPng().length > 0, "the chart is drawn");
        }
        assertTrue(digest.stream().anyMatch(p -> !p.content().members().isEmpty()), "members are measured");
        assertTrue(digest.stream().anyMatch(p -> !p.content().events().isEmpty() || !p.content().crossed().isEmpty()),
                "milestones or events are announced");
        assertTrue(digest.stream().anyMatch(p -> p.managerDm().isPresent()), "a manager gets a copy");
    }

    @Test
    void a_deal_imported_between_two_posts_of_the_day_counts_in_the_second() {
        // given the Nordics post prepared once
        open();
        TeamPosts posts = app.teamPosts(NOWHERE);
        PreparedPost before = posts.prepare("nordics", FRIDAY);
        TeamPost.MemberAttainment first = before.content().members().get(0);

        // when a large won deal of that member is imported, and the post prepared again
        Deal deal = new Deal("digest-fresh-1", "Big one", new BigDecimal("500000.00"), LocalDate.of(2026, 11, 26), "closedwon", Outcome.WON,
                first.person().id(), "new", null, null);
        app.ledger().upsertAll("deals.csv", List.of(new LedgerDeal(deal, first.person().id())), n -> {});
        PreparedPost after = posts.prepare("nordics", FRIDAY);

        // then the member's attainment counts the deal
        BigDecimal then = first.attainment();
        BigDecimal now = after.content().members().stream().filter(m -> m.person().id().equals(first.person().id())).findFirst().orElseThrow()
                .attainment();
        assertNotEquals(0, now.compareTo(then));
        assertTrue(now.compareTo(then) > 0, "attainment rose from " + then + " to " + now);
        assertFalse(after.content().members().isEmpty());
    }

    private List<BigDecimal> milestonesOf(String teamId) {
        return app.config().posts().team(teamId).orElseThrow().milestones();
    }
}
