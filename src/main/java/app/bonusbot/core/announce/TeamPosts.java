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
import java.util.LinkedHashMap;
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
 * exactly once per team, platform and ISO week by claiming the week on each platform ({@link PostClaims}, kept in the store) before
 * delivering there and marking it sent the moment that platform takes the channel message. A delivery that fails before that gives the claim back, so the week is
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
     * Posts the team's week of that moment on each platform of the delivery where it has not been posted (or is being
     * posted) already. Each platform's week is claimed on its own, so a process posting to Slack and Discord and a
     * Slack-only process beside it post the week once in Slack between them, and each platform posts only what it
     * claimed.
     *
     * @throws RuntimeException when no platform whose week this claimed took the channel message; the week is then
     *     free to be tried again on each
     */
    public PostOutcome post(String teamId, ZonedDateTime at, PostClaims.Source source) {
        TeamPostSettings team = settingsOf(teamId);
        Company c = company.get();
        LocalDate date = at.withZoneSameInstant(c.settings().zone()).toLocalDate();
        String week = weekOf(date);
        Optional<Team> known = c.directory().team(teamId);
        List<PostDelivery> reaching = delivery.platforms().stream()
                .filter(p -> known.isEmpty() || p.reaches(new TeamPostTarget.Channel(known.get(), week, team.channels())))
                .toList();
        if (reaching.isEmpty()) {
            return new PostOutcome.NotReached(teamId);
        }
        Map<PostDelivery, Claim> claimed = new LinkedHashMap<>();
        List<PostClaims.PostRecord> taken = new ArrayList<>();
        for (PostDelivery platform : reaching) {
            ClaimResult result = posts.claim(teamId, platform.platform(), week, date, at.toInstant(), source);
            if (result instanceof ClaimResult.Claimed mine) {
                claimed.put(platform, mine.claim());
            } else {
                taken.add(((ClaimResult.Taken) result).existing());
            }
        }
        if (claimed.isEmpty()) {
            // Still being posted somewhere: say so, so the schedule asks again rather than count the week as done.
            return taken.stream().filter(t -> !t.sent()).findFirst().<PostOutcome>map(PostOutcome.InProgress::new)
                    .orElseGet(() -> new PostOutcome.AlreadyPosted(taken.get(0)));
        }
        PreparedPost prepared;
        try {
            prepared = prepare(teamId, at);
        } catch (RuntimeException e) {
            claimed.values().forEach(posts::release);
            throw e;
        }
        List<PostProblem> problems = new ArrayList<>();
        List<PostDelivery> postedOn = new ArrayList<>();
        Map<PostDelivery, RuntimeException> failed = new LinkedHashMap<>();
        boolean several = claimed.size() > 1;
        claimed.forEach((platform, claim) -> {
            RuntimeException error = postToChannel(platform, claim, prepared.channel(), several, problems);
            if (error == null) {
                postedOn.add(platform);
            } else {
                failed.put(platform, error);
            }
        });
        if (postedOn.isEmpty()) {
            RuntimeException first = failed.values().iterator().next();
            failed.values().stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
        // One platform of several failing before it took the message: the post stands where it went, that platform's week is free again.
        failed.forEach((platform, error) -> new PostProgress(posts, Optional.empty(), "", teamId, week, problems)
                .partFailed("the post in " + platform.platform(), error));
        prepared.managerDm().ifPresent(dm -> deliverToManager(postedOn, dm, new PostProgress(posts, Optional.empty(), "the manager's direct message",
                teamId, week, problems)));
        List<String> names = postedOn.stream().map(PostDelivery::platform).toList();
        log.info("team post {} {} posted on {} ({}){}", teamId, week, String.join(" and ", names), source.name().toLowerCase(Locale.ROOT),
                problems.isEmpty() ? "" : " with " + problems.size() + (problems.size() == 1 ? " failed part" : " failed parts"));
        return new PostOutcome.Posted(prepared, problems, names, failed.keySet().stream().map(PostDelivery::platform).toList());
    }

    /**
     * Posts the channel copy on one platform under its claim, recording the week there the moment the platform takes the
     * message. Returns the error when it failed before that (its claim given back), else null.
     */
    private RuntimeException postToChannel(PostDelivery platform, Claim claim, PreparedPost.Copy copy, boolean several, List<PostProblem> problems) {
        PostProgress channel = new PostProgress(posts, Optional.of(claim), "", claim.teamId(), claim.week(), problems);
        try {
            platform.deliver(copy.target(), copy.post().reply(), copy.chartPng(), channel);
        } catch (RuntimeException e) {
            if (!channel.isPosted()) {
                posts.release(claim);
                return e;
            }
            channel.partFailed(several ? AFTER_THE_MESSAGE + " in " + platform.platform() : AFTER_THE_MESSAGE, e);
        }
        // A delivery that returns has posted, whether it said so or not.
        channel.posted();
        channel.recordIfNotYet();
        return null;
    }

    /**
     * The manager's copy goes after the week is recorded, so a failing direct message never makes the post repeat; once,
     * by the first platform the post went out on that knows the manager.
     */
    private void deliverToManager(List<PostDelivery> postedOn, PreparedPost.Copy copy, PostProgress progress) {
        PostDelivery platforms = postedOn.size() == 1 ? postedOn.get(0) : new EveryPlatform(postedOn);
        try {
            platforms.deliver(copy.target(), copy.post().reply(), copy.chartPng(), progress);
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
