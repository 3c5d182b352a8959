package app.bonusbot.config;

import app.bonusbot.core.announce.PostPrivacy;
import app.bonusbot.core.announce.PostsSettings;
import app.bonusbot.core.announce.TeamPostSettings;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Snowflake;
import app.bonusbot.core.schedule.CronSchedule;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** posts.yaml: each team's weekly milestone post, with defaults for every team at the top. */
final class PostsReader {

    static final String DEFAULT_AT = "MON 09:00";
    static final PostPrivacy DEFAULT_PRIVACY = PostPrivacy.TEAM_TOTALS_ONLY;
    static final List<BigDecimal> DEFAULT_MILESTONES = List.of(new BigDecimal("0.50"), new BigDecimal("0.75"), new BigDecimal("1.00"),
            new BigDecimal("1.25"));

    private static final List<String> DEFAULT_FIELDS = List.of("at", "privacy", "manager_dm", "milestones");
    private static final List<String> TEAM_FIELDS = List.of("team", "slack_channel", "discord_channel", "at", "privacy", "manager_dm", "milestones");
    private static final Map<String, PostPrivacy> PRIVACY = YamlNode.choicesOf(PostPrivacy.values());
    private static final Map<String, Boolean> FLAGS = Map.of("true", true, "false", false, "yes", true, "no", false);
    // Public (C), private (G, older workspaces) channels; a member id (U, W) would DM one person instead.
    static final Pattern SLACK_CHANNEL = Pattern.compile("[CG][A-Z0-9]{6,}");
    private static final int MOST_MILESTONES = 10;

    /** What each team entry starts from; any entry may override any of them. */
    private record Defaults(Optional<CronSchedule> at, Optional<PostPrivacy> privacy, Optional<Boolean> managerDm, Optional<List<BigDecimal>> milestones) {}

    private final References references;
    private final Optional<ZoneId> zone;
    private final Optional<PeopleReader.Result> people;

    /**
     * @param zone the company's zone; empty when settings.yaml is broken (times are then checked in UTC)
     * @param people empty when people.yaml could not be read: managers are then not checked
     */
    PostsReader(References references, Optional<ZoneId> zone, Optional<PeopleReader.Result> people) {
        this.references = references;
        this.zone = zone;
        this.people = people;
    }

    /** Empty when anything is wrong; every problem is reported. */
    Optional<PostsSettings> read(YamlNode root) {
        Optional<YamlMap> file = root.map();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = file.get().only(List.of("defaults", "teams"));
        Defaults defaults = m.optional("defaults").map(this::defaults)
                .orElse(new Defaults(Optional.of(schedule(DEFAULT_AT)), Optional.of(DEFAULT_PRIVACY), Optional.of(false), Optional.of(DEFAULT_MILESTONES)));
        List<TeamPostSettings> teams = new ArrayList<>();
        boolean ok = true;
        Optional<List<YamlNode>> entries = m.optional("teams").map(YamlNode::list).orElse(Optional.of(List.of()));
        ok &= entries.isPresent();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (YamlNode entry : entries.orElse(List.of())) {
            Optional<TeamPostSettings> team = entry.map().flatMap(e -> team(e, defaults, lines));
            ok &= team.isPresent();
            team.ifPresent(teams::add);
        }
        ok &= defaults.at().isPresent() && defaults.privacy().isPresent() && defaults.managerDm().isPresent() && defaults.milestones().isPresent();
        return ok ? Optional.of(new PostsSettings(teams)) : Optional.empty();
    }

    private Defaults defaults(YamlNode node) {
        Optional<YamlMap> section = node.map();
        if (section.isEmpty()) {
            return new Defaults(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        YamlMap m = section.get().only(DEFAULT_FIELDS);
        return new Defaults(
                m.optional("at").map(this::at).orElse(Optional.of(schedule(DEFAULT_AT))),
                m.optional("privacy").map(n -> n.choice(PRIVACY)).orElse(Optional.of(DEFAULT_PRIVACY)),
                m.optional("manager_dm").map(n -> n.choice(FLAGS)).orElse(Optional.of(false)),
                m.optional("milestones").map(PostsReader::milestones).orElse(Optional.of(DEFAULT_MILESTONES)));
    }

    private Optional<TeamPostSettings> team(YamlMap entry, Defaults defaults, Map<String, Integer> lines) {
        YamlMap m = entry.only(TEAM_FIELDS);
        Optional<String> teamId = m.required("team").flatMap(YamlNode::id);
        teamId.ifPresent(id -> {
            YamlNode node = m.raw("team").get();
            references.team(node, id);
            Integer first = lines.putIfAbsent(id, node.line());
            if (first != null) {
                node.report("team '" + id + "' has a post already (line " + first + "): one entry per team");
            }
        });
        Optional<String> slack = m.optional("slack_channel").flatMap(n -> channel(n, SLACK_CHANNEL.asMatchPredicate(),
                "must be a Slack channel id such as C0123ABCDEF (in Slack: open the channel's details; the id is at the bottom of About)"));
        Optional<String> discord = m.optional("discord_channel").flatMap(n -> channel(n, Snowflake::matches,
                "must be a Discord channel id, a number of 15 to 21 digits (in Discord: right-click the channel, Copy Channel ID)"));
        boolean channelsOk = (!m.has("slack_channel") || slack.isPresent()) && (!m.has("discord_channel") || discord.isPresent());
        if (!m.has("slack_channel") && !m.has("discord_channel")) {
            m.report("slack_channel", "is required (or discord_channel): the channel the team's post goes to");
            channelsOk = false;
        }
        Optional<CronSchedule> at = m.optional("at").map(this::at).orElse(defaults.at());
        Optional<PostPrivacy> privacy = m.optional("privacy").map(n -> n.choice(PRIVACY)).orElse(defaults.privacy());
        Optional<Boolean> managerDm = m.optional("manager_dm").map(n -> n.choice(FLAGS)).orElse(defaults.managerDm());
        Optional<List<BigDecimal>> milestones = m.optional("milestones").map(PostsReader::milestones).orElse(defaults.milestones());
        if (teamId.isPresent() && managerDm.orElse(false)) {
            managerFor(m, teamId.get());
        }
        if (teamId.isEmpty() || !channelsOk || at.isEmpty() || privacy.isEmpty() || managerDm.isEmpty() || milestones.isEmpty()) {
            return Optional.empty();
        }
        Map<ChatPlatform, String> channels = new EnumMap<>(ChatPlatform.class);
        slack.ifPresent(id -> channels.put(ChatPlatform.SLACK, id));
        discord.ifPresent(id -> channels.put(ChatPlatform.DISCORD, id));
        return Optional.of(new TeamPostSettings(teamId.get(), channels, at.get(), privacy.get(), managerDm.get(), milestones.get()));
    }

    /** A direct message to the manager needs a manager. */
    private void managerFor(YamlMap m, String teamId) {
        people.flatMap(p -> p.directory().team(teamId)).filter(team -> team.managerId() == null)
                .ifPresent(team -> m.report("manager_dm", "team '" + teamId + "' has no manager in people.yaml to send the post to"));
    }

    static Optional<String> channel(YamlNode node, Predicate<String> valid, String message) {
        return node.text().filter(text -> {
            if (valid.test(text)) {
                return true;
            }
            node.report(message + ", not '" + text + "'");
            return false;
        });
    }

    private Optional<CronSchedule> at(YamlNode node) {
        return node.text().flatMap(text -> {
            CronSchedule schedule;
            try {
                schedule = schedule(text);
            } catch (IllegalArgumentException e) {
                node.report(e.getMessage());
                return Optional.empty();
            }
            Optional<String> twice = twiceInAWeek(schedule);
            if (twice.isPresent()) {
                node.report("'" + text + "' runs more than once in a week (" + twice.get() + "); a team is posted to once per week, so give one day"
                        + " and one time, e.g. MON 09:00");
                return Optional.empty();
            }
            return Optional.of(schedule);
        });
    }

    private CronSchedule schedule(String text) {
        return CronSchedule.parse(text, zone.orElse(ZoneOffset.UTC));
    }

    /** Two occurrences in one ISO week within a year, if the schedule has them. */
    private static Optional<String> twiceInAWeek(CronSchedule schedule) {
        ZonedDateTime from = ZonedDateTime.of(2027, 1, 4, 0, 0, 0, 0, schedule.zone());
        Optional<ZonedDateTime> previous = schedule.nextAfter(from);
        while (previous.isPresent() && previous.get().isBefore(from.plusYears(1))) {
            Optional<ZonedDateTime> next = schedule.nextAfter(previous.get());
            if (next.isPresent() && weekOf(next.get()).equals(weekOf(previous.get()))) {
                return Optional.of(previous.get().toLocalDateTime() + " and " + next.get().toLocalDateTime());
            }
            previous = next;
        }
        return Optional.empty();
    }

    private static String weekOf(ZonedDateTime moment) {
        return moment.get(IsoFields.WEEK_BASED_YEAR) + "-W" + moment.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static Optional<List<BigDecimal>> milestones(YamlNode node) {
        return node.nonEmptyList().flatMap(items -> {
            List<BigDecimal> levels = new ArrayList<>();
            boolean ok = true;
            for (YamlNode item : items) {
                Optional<BigDecimal> level = item.ratio();
                if (level.isPresent() && level.get().signum() == 0) {
                    item.report("must be more than 0 %");
                    level = Optional.empty();
                }
                if (level.isPresent() && !levels.isEmpty() && level.get().compareTo(levels.get(levels.size() - 1)) <= 0) {
                    item.report("must be higher than the milestone before it: list them from low to high, each once");
                    level = Optional.empty();
                }
                ok &= level.isPresent();
                level.ifPresent(levels::add);
            }
            if (ok && levels.size() > MOST_MILESTONES) {
                node.report("has " + levels.size() + " milestones; at most " + MOST_MILESTONES + " keep a post readable");
                ok = false;
            }
            return ok ? Optional.of(levels) : Optional.empty();
        });
    }
}
