package app.bonusbot.core.announce;

import app.bonusbot.core.announce.TeamPost.MemberAttainment;
import app.bonusbot.core.announce.TeamPost.MilestoneCrossed;
import app.bonusbot.core.announce.TeamPost.MilestoneEvent;
import app.bonusbot.core.announce.TeamPost.TeamTotal;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.company.Settings;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.MilestoneRule;
import app.bonusbot.core.reply.Reply;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team post as a neutral reply, at a privacy level: names with percentages, names only for milestones, or team
 * totals only. Whatever the level, it shows attainments and milestone names, never an amount of pay or of a deal.
 */
public final class TeamPostView {

    private final PostWording w;

    public TeamPostView(Language language, Settings settings) {
        this.w = PostWording.of(language, settings.currency());
    }

    /** A team's language is its manager's, else the company's. */
    public static Language languageOf(Company company, Team team) {
        return Optional.ofNullable(team.managerId()).flatMap(company.directory()::person).map(Person::language)
                .orElse(company.settings().language());
    }

    /** The post for the team's channel. */
    public RenderedPost channel(TeamPost post, PostPrivacy privacy) {
        return render(post, privacy, w.t("post.header", post.team().name()), null);
    }

    /**
     * The post as a direct message to the team's manager, who may see every member's attainment (as with
     * {@code /bonus team}); it says what the channel sees.
     */
    public RenderedPost managerDm(TeamPost post, PostPrivacy channelPrivacy) {
        return render(post, PostPrivacy.NAMES_AND_PERCENTAGES, w.t("post.header_dm", post.team().name()),
                w.t("post.context_dm", w.t("post.privacy." + channelPrivacy.configName())));
    }

    private RenderedPost render(TeamPost post, PostPrivacy privacy, String header, String dmNote) {
        Reply.Builder reply = Reply.builder(summary(post)).header(header);
        String daysLeft = daysLeft(post);
        if (post.total().isPresent()) {
            TeamTotal total = post.total().get();
            String caption = total.plan().map(p -> w.t("post.team_progress_plan", w.percent(total.attainment()), p.in(w.language())))
                    .orElse(w.t("post.members_progress", w.percent(total.attainment())));
            reply.progress(w.t("post.team_label"), total.attainment(), caption);
        } else {
            reply.text(w.t("post.no_target", w.period(post.period())));
        }
        reply.context(daysLeft);

        // Without anyone measured against a target of their own there are no milestones to speak of.
        if (!post.members().isEmpty()) {
            reply.subheading(w.t("post.milestones", w.date(post.previous())));
            reply.text(milestones(post, privacy));
        }
        if (!post.events().isEmpty()) {
            reply.subheading(w.t("post.events"));
            reply.text(events(post.events(), privacy));
        }
        if (privacy.showsMemberPercentages() && !post.members().isEmpty()) {
            reply.subheading(w.t("post.members"));
            for (MemberAttainment member : post.members()) {
                reply.progress(member.person().name(), member.attainment(), w.t("post.member_caption", w.percent(member.attainment())));
            }
        }
        if (dmNote != null) {
            reply.context(dmNote);
        }
        reply.context(w.t("post.context", w.date(post.date())));
        return new RenderedPost(reply.build(), chart(post, privacy));
    }

    private String summary(TeamPost post) {
        String total = post.total().map(t -> w.percent(t.attainment())).orElse("–");
        return w.t("post.summary", post.team().name(), total, daysLeft(post));
    }

    private String daysLeft(TeamPost post) {
        String period = w.period(post.period());
        if (post.daysLeft() <= 0) {
            return w.t("post.last_day", period);
        }
        return w.t("post.days_left", w.texts().count("days", post.daysLeft()), period);
    }

    private String milestones(TeamPost post, PostPrivacy privacy) {
        List<MilestoneCrossed> crossed = post.crossed();
        if (crossed.isEmpty()) {
            return w.t("post.no_milestones", w.date(post.previous()));
        }
        if (!privacy.showsNames()) {
            return w.t("post.crossed_count", w.texts().count("team_members", crossed.size()));
        }
        List<String> lines = new ArrayList<>();
        for (MilestoneCrossed c : crossed) {
            if (privacy.showsMemberPercentages()) {
                List<String> levels = c.levels().stream().map(w::percent).toList();
                lines.add("• " + w.t("post.crossed_levels", c.person().name(), w.list(levels), w.percent(c.attainment())));
            } else {
                lines.add("• " + w.t("post.crossed_name", c.person().name()));
            }
        }
        return String.join("\n", lines);
    }

    private String events(List<MilestoneEvent> events, PostPrivacy privacy) {
        List<String> lines = new ArrayList<>();
        if (privacy.showsNames()) {
            for (MilestoneEvent e : events) {
                lines.add("• " + w.t("post.event", e.person().name(), e.rule().name().in(w.language()), w.date(e.date())));
            }
        } else {
            Map<MilestoneRule, Integer> counts = new LinkedHashMap<>();
            events.forEach(e -> counts.merge(e.rule(), 1, Integer::sum));
            counts.forEach((rule, count) -> lines.add("• " + w.t("post.event_count", w.formats().count(count), rule.name().in(w.language()))));
        }
        return String.join("\n", lines);
    }

    /** A bar per member at the level that names percentages; otherwise the team's bar alone. */
    private PostChart chart(TeamPost post, PostPrivacy privacy) {
        List<PostChart.Bar> bars = new ArrayList<>();
        if (privacy.showsMemberPercentages() && !post.members().isEmpty()) {
            post.members().forEach(m -> bars.add(new PostChart.Bar(m.person().name(), m.attainment())));
        } else {
            bars.add(new PostChart.Bar(w.t("post.chart_team"), post.total().map(TeamTotal::attainment).orElse(BigDecimal.ZERO)));
        }
        return new PostChart(w.t("post.chart_title", post.team().name(), w.period(post.period())), w.t("post.chart_axis"), w.t("post.chart_target"), bars,
                w.language());
    }
}
