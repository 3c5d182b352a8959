package app.bonusbot.core.announce;

import app.bonusbot.core.announce.PostClaims.Claim;
import app.bonusbot.core.announce.PostClaims.ClaimResult;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.CompanyDeals;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.schedule.Routine;
import java.lang.ref.SoftReference;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the weekly team posts of posts.yaml: prepares a team's post from the engine and its chart, and posts it
 * exactly once per team and ISO week by claiming the week ({@link PostClaims}, kept in the store) before delivering and marking it sent the
 * moment a platform takes the channel message. A delivery that fails before that gives the claim back, so the week is
 * tried again; whatever fails after it (the chart, the manager's direct message, one platform of two, any exception)
 * leaves the week posted and is reported as a {@link PostProblem}. The posts of one day are made from one read of
 * every owner's deals ({@link PostingDay}), whether prepared together ({@link #prepareAll}) or team after team.
 */
public final class TeamPosts {

    private static final Logger log = LoggerFactory.getLogger(TeamPosts.class);
    /** The part of a copy that failed when its delivery threw after the platform took the message. */
    private static final String AFTER_THE_MESSAGE = "a step after the message";

    private final Supplier<Company> company;
    private final DealFacts ledger;
    private final CompanyDeals everyone;
    private final PostClaims posts;
    private final PostsSettings settings;
    private final PostChartRenderer chart;
    private final PostDelivery delivery;
    private final Map<String, TeamPostSettings> byTeam = new HashMap<>();
    private SoftReference<PostingDay> day = new SoftReference<>(null);

    /**
     * @param company the company as of now; a new snapshot after every write to people or deals, for a posting day is
     *     kept for as long as the company handed out stays the same
     * @param ledger the deals as one answer reads them
     * @param everyone the deals as a digest of every team reads them, for every owner at once
     */
    public TeamPosts(Supplier<Company> company, DealFacts ledger, CompanyDeals everyone, PostClaims posts, PostsSettings settings, PostChartRenderer chart,
            PostDelivery delivery) {
        this.company = company;
        this.ledger = ledger;
        this.everyone = everyone;
        this.posts = posts;
        this.settings = settings;
        this.chart = chart;
        this.delivery = delivery;
        settings.teams().forEach(team -> byTeam.putIfAbsent(team.teamId(), team));
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
        List<PreparedPost> prepared = new ArrayList<>(1);
        prepareAll(List.of(teamId), at, prepared::add);
        return prepared.get(0);
    }

    /**
     * What would be posted for each of the teams at that moment (the weekly digest), handed to {@code ready} in the
     * teams' order; nothing is recorded or delivered. The company is read once and every owner's deals once for all
     * the teams, not per team or member; the charts are drawn on every core while the next posts are written.
     */
    public void prepareAll(List<String> teamIds, ZonedDateTime at, Consumer<PreparedPost> ready) {
        List<TeamPostSettings> teams = teamIds.stream().map(this::settingsOf).toList();
        Company c = company.get();
        ZoneId zone = c.settings().zone();
        LocalDate date = at.withZoneSameInstant(zone).toLocalDate();
        List<LocalDate> previous = teams.stream().map(team -> previousPost(team, date, zone)).toList();
        DealFacts facts = dayOf(c, date, previous).facts();
        try (ChartDrawing charts = ChartDrawing.of(chart, teams.size(), ready)) {
            for (int i = 0; i < teams.size(); i++) {
                charts.add(draft(c, facts, teams.get(i), date, previous.get(i)));
            }
            charts.finish();
        }
    }

    private PostDraft draft(Company c, DealFacts facts, TeamPostSettings team, LocalDate date, LocalDate previous) {
        Team t = c.directory().team(team.teamId())
                .orElseThrow(() -> new IllegalStateException("posts.yaml has a post for team '" + team.teamId() + "', which is not in the directory"));
        TeamPost content = new TeamPostBuilder(c, facts).build(t, date, previous, team.milestones());
        TeamPostView view = new TeamPostView(TeamPostView.languageOf(c, t), c.settings());
        String week = weekOf(date);
        RenderedPost channel = view.channel(content, team.privacy());
        Optional<Person> manager = Optional.ofNullable(t.managerId()).flatMap(c.directory()::person);
        boolean toManager = team.managerDm() && manager.isPresent();
        return new PostDraft(content, week, new TeamPostTarget.Channel(t, week, team.channels()), channel,
                toManager ? Optional.of(new TeamPostTarget.ManagerDm(t, week, manager.get())) : Optional.empty(),
                toManager ? Optional.of(view.managerDm(content, team.privacy())) : Optional.empty());
    }

    /**
     * The posting day of that company and day, kept for the next posts of the day (a scheduler posts team after
     * team) until the company changes; held softly, so that a week-old day gives way when memory is short.
     */
    private synchronized PostingDay dayOf(Company c, LocalDate date, List<LocalDate> previous) {
        PostingDay held = day.get();
        PostingDay made;
        if (held != null && held.serves(c, date, previous)) {
            return held;
        } else if (held != null && held.serves(c, date, List.of())) {
            made = held.with(previous, ledger, everyone);
        } else {
            made = PostingDay.of(c, date, previous, ledger, everyone);
        }
        day = new SoftReference<>(made);
        return made;
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
        ClaimResult result = posts.claim(teamId, delivery.platform(), weekOf(date), date, at.toInstant(), source);
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
        return Optional.ofNullable(byTeam.get(teamId))
                .orElseThrow(() -> new IllegalArgumentException("no post for team '" + teamId + "' in posts.yaml (teams with a post: "
                        + String.join(", ", teamIds()) + ")"));
    }
}
