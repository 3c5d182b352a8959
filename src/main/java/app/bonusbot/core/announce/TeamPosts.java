package app.bonusbot.core.announce;

import app.bonusbot.core.announce.PostClaims.Claim;
import app.bonusbot.core.announce.PostClaims.ClaimResult;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.schedule.Routine;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the weekly team posts of posts.yaml: prepares a team's post from the engine and its chart, and posts it
 * exactly once per team and ISO week by claiming the week ({@link PostClaims}, kept in the store) before delivering and marking it sent the
 * moment a platform takes the channel message. A delivery that fails before that gives the claim back, so the week is
 * tried again; whatever fails after it (the chart, the manager's direct message, one platform of two, any exception)
 * leaves the week posted and is reported as a {@link PostProblem}.
 */
public final class TeamPosts {

    private static final Logger log = LoggerFactory.getLogger(TeamPosts.class);
    /** The part of a copy that failed when its delivery threw after the platform took the message. */
    private static final String AFTER_THE_MESSAGE = "a step after the message";

    private final Supplier<Company> company;
    private final DealFacts ledger;
    private final PostClaims posts;
    private final PostsSettings settings;
    private final PostChartRenderer chart;
    private final PostDelivery delivery;

    public TeamPosts(Supplier<Company> company, DealFacts ledger, PostClaims posts, PostsSettings settings, PostChartRenderer chart, PostDelivery delivery) {
        this.company = company;
        this.ledger = ledger;
        this.posts = posts;
        this.settings = settings;
        this.chart = chart;
        this.delivery = delivery;
    }

    /** One routine per team in posts.yaml, for the scheduler. */
    public List<Routine> routines() {
        return settings.teams().stream().map(team -> (Routine) new TeamPostRoutine(this, team)).toList();
    }

    /** The teams posts.yaml has a post for, in its order. */
    public List<String> teamIds() {
        return settings.teams().stream().map(TeamPostSettings::teamId).toList();
    }

    /** The ISO week a day belongs to, as posts are recorded: {@code 2026-W50}. */
    public static String weekOf(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** What would be posted for the team at that moment; nothing is recorded or delivered. */
    public PreparedPost prepare(String teamId, ZonedDateTime at) {
        TeamPostSettings team = settingsOf(teamId);
        Company c = company.get();
        ZoneId zone = c.settings().zone();
        LocalDate date = at.withZoneSameInstant(zone).toLocalDate();
        Team t = c.directory().team(teamId)
                .orElseThrow(() -> new IllegalStateException("posts.yaml has a post for team '" + teamId + "', which is not in the directory"));
        TeamPost content = new TeamPostBuilder(c, ledger).build(t, date, previousPost(team, date, zone), team.milestones());
        TeamPostView view = new TeamPostView(TeamPostView.languageOf(c, t), c.settings());
        String week = weekOf(date);
        RenderedPost channel = view.channel(content, team.privacy());
        PreparedPost.Copy channelCopy = new PreparedPost.Copy(new TeamPostTarget.Channel(t, week, team.channels()), channel,
                chart.png(channel.chart()));
        Optional<PreparedPost.Copy> dm = Optional.empty();
        Optional<Person> manager = Optional.ofNullable(t.managerId()).flatMap(c.directory()::person);
        if (team.managerDm() && manager.isPresent()) {
            RenderedPost forManager = view.managerDm(content, team.privacy());
            dm = Optional.of(new PreparedPost.Copy(new TeamPostTarget.ManagerDm(t, week, manager.get()), forManager, chart.png(forManager.chart())));
        }
        return new PreparedPost(content, week, channelCopy, dm);
    }

    /**
     * Posts the team's week of that moment, unless it has been posted (or is being posted) already.
     *
     * @throws RuntimeException when no platform took the channel message; the week is then free to be tried again
     */
    public PostOutcome post(String teamId, ZonedDateTime at, PostClaims.Source source) {
        TeamPostSettings team = settingsOf(teamId);
        Company c = company.get();
        LocalDate date = at.withZoneSameInstant(c.settings().zone()).toLocalDate();
        Optional<Team> known = c.directory().team(teamId);
        if (known.isPresent() && !delivery.reaches(new TeamPostTarget.Channel(known.get(), weekOf(date), team.channels()))) {
            return new PostOutcome.NotReached(teamId);
        }
        ClaimResult result = posts.claim(teamId, weekOf(date), date, at.toInstant(), source);
        if (result instanceof ClaimResult.Taken taken) {
            return taken.existing().sent() ? new PostOutcome.AlreadyPosted(taken.existing()) : new PostOutcome.InProgress(taken.existing());
        }
        Claim claim = ((ClaimResult.Claimed) result).claim();
        PreparedPost prepared;
        try {
            prepared = prepare(teamId, at);
        } catch (RuntimeException e) {
            posts.release(claim);
            throw e;
        }
        List<PostProblem> problems = new ArrayList<>();
        PostProgress channel = new PostProgress(posts, Optional.of(claim), "", teamId, claim.week(), problems);
        PreparedPost.Copy copy = prepared.channel();
        try {
            delivery.deliver(copy.target(), copy.post().reply(), copy.chartPng(), channel);
        } catch (RuntimeException e) {
            if (!channel.isPosted()) {
                posts.release(claim);
                throw e;
            }
            channel.partFailed(AFTER_THE_MESSAGE, e);
        }
        // A delivery that returns has posted, whether it said so or not.
        channel.posted();
        channel.recordIfNotYet();
        prepared.managerDm().ifPresent(dm -> deliverToManager(dm, new PostProgress(posts, Optional.empty(), "the manager's direct message", teamId,
                claim.week(), problems)));
        log.info("team post {} {} posted ({}){}", teamId, claim.week(), source.name().toLowerCase(Locale.ROOT),
                problems.isEmpty() ? "" : " with " + problems.size() + (problems.size() == 1 ? " failed part" : " failed parts"));
        return new PostOutcome.Posted(prepared, problems);
    }

    /** The manager's copy goes after the week is recorded, so a failing direct message never makes the post repeat. */
    private void deliverToManager(PreparedPost.Copy copy, PostProgress progress) {
        try {
            delivery.deliver(copy.target(), copy.post().reply(), copy.chartPng(), progress);
        } catch (RuntimeException e) {
            progress.partFailed(progress.isPosted() ? AFTER_THE_MESSAGE : null, e);
        }
    }

    /**
     * The day milestones and events count from: the team's latest post before this day, or, for a first post, the day
     * of the schedule's last occurrence before this day.
     */
    private LocalDate previousPost(TeamPostSettings team, LocalDate date, ZoneId zone) {
        return posts.lastPostBefore(team.teamId(), date)
                .or(() -> team.at().latestAtOrBefore(date.atStartOfDay(zone).minusNanos(1)).map(ZonedDateTime::toLocalDate))
                .orElse(date.minusWeeks(1));
    }

    private TeamPostSettings settingsOf(String teamId) {
        return settings.team(teamId)
                .orElseThrow(() -> new IllegalArgumentException("no post for team '" + teamId + "' in posts.yaml (teams with a post: "
                        + String.join(", ", teamIds()) + ")"));
    }
}
