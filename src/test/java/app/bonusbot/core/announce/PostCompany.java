package app.bonusbot.core.announce;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.company.Settings;
import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.Band;
import app.bonusbot.core.plan.BandMode;
import app.bonusbot.core.plan.Enrolment;
import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.plan.Metric;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.MilestoneRule;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.plan.TeamSplit;
import app.bonusbot.core.plan.Tiers;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.time.PeriodKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A team of two sellers with quarterly targets of 1,000,000 each (target bonus 60,000), a team plan of 3,000,000 and
 * milestone rules paying 1,500 per renewal of 50,000 or more and 5,000 for two new customers.
 */
final class PostCompany {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    static final Person MIA = new Person("mia", "Mia Berg", null, null, LocalDate.of(2020, 1, 1), null, Language.EN,
            Map.of(ChatPlatform.SLACK, "U0MIA"));
    static final Person ANNA = new Person("anna", "Anna Holm", null, "nordics", LocalDate.of(2024, 5, 1), null, Language.EN,
            Map.of(ChatPlatform.SLACK, "U0ANNA"));
    static final Person BO = new Person("bo", "Bo Jensen", null, "nordics", LocalDate.of(2025, 1, 6), null, Language.DA,
            Map.of(ChatPlatform.SLACK, "U0BO"));
    static final Team NORDICS = new Team("nordics", "Nordics", "mia");
    static final List<BigDecimal> MILESTONES = List.of(d("0.50"), d("0.75"), d("1.00"), d("1.25"));

    static final MilestoneRule BIG_RENEWAL = new MilestoneRule.PerEvent("big-renewal",
            new LocalizedText(Map.of(Language.EN, "Renewal of 50,000 or more", Language.DA, "Fornyelse på 50.000 eller mere")),
            new DealFilter(Set.of("renewal"), Set.of(), Set.of(), d("50000")), d("1500"));
    static final MilestoneRule TWO_NEW = new MilestoneRule.CountReached("two-new",
            new LocalizedText(Map.of(Language.EN, "Two new customers", Language.DA, "To nye kunder")),
            new DealFilter(Set.of("new"), Set.of(), Set.of(), null), 2, d("5000"));

    private PostCompany() {}

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static Company company(boolean withTeamPlan, Language companyLanguage) {
        Settings settings = new Settings("Nordlys", ZONE, Currency.getInstance("DKK"), companyLanguage, Set.of());
        Directory directory = new Directory(List.of(MIA, ANNA, BO), List.of(NORDICS));
        Enrolment nordics = new Enrolment(Set.of(), Set.of("nordics"));
        List<Plan> plans = new ArrayList<>();
        // A win-rate plan first: the main plan is still the one on amounts.
        plans.add(new PerformancePlan("win-rate", LocalizedText.of("Win rate"), PeriodKind.QUARTER, nordics, new Metric(MetricKind.WIN_RATE, null),
                PayoutBase.TARGET_BONUS, new Tiers(List.of(new Band(d("0"), null, d("1"))), BandMode.MARGINAL, null, null), null, d("0.6"), d("10000")));
        plans.add(new PerformancePlan("new-business", LocalizedText.of("New business"), PeriodKind.QUARTER, nordics,
                new Metric(MetricKind.SUM, new DealFilter(Set.of("new", "upsell"), Set.of(), Set.of(), null)), PayoutBase.TARGET_BONUS,
                new Tiers(List.of(new Band(d("0"), null, d("1.0"))), BandMode.MARGINAL, null, null), null, d("1000000"), d("60000")));
        if (withTeamPlan) {
            plans.add(new TeamPlan("team-pool", new LocalizedText(Map.of(Language.EN, "Team pool", Language.DA, "Teampulje")), PeriodKind.QUARTER,
                    List.of("nordics"), new Metric(MetricKind.SUM, new DealFilter(Set.of("new", "upsell"), Set.of(), Set.of(), null)),
                    new Tiers(List.of(new Band(d("0"), null, d("1.0"))), BandMode.MARGINAL, null, null), TeamSplit.EQUAL, d("3000000"), d("30000")));
        }
        plans.add(new MilestonePlan("milestones", LocalizedText.of("Milestones"), PeriodKind.QUARTER, nordics, List.of(BIG_RENEWAL, TWO_NEW)));
        return new Company(settings, directory, plans, TargetBook.EMPTY);
    }

    static Deal won(String id, String owner, String amount, String date, String type) {
        return new Deal(id, "Deal " + id, d(amount), LocalDate.parse(date), "won", Outcome.WON, owner, type, null, null);
    }

    /** Every text of a reply, one block per line, for assertions. */
    static String text(Reply reply) {
        StringBuilder out = new StringBuilder(reply.summary()).append('\n');
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Header h) {
                out.append(h.text());
            } else if (block instanceof Block.Subheading s) {
                out.append(s.text());
            } else if (block instanceof Block.Text t) {
                out.append(t.text());
            } else if (block instanceof Block.Progress p) {
                out.append(p.label()).append(" | ").append(p.caption());
            } else if (block instanceof Block.Context c) {
                out.append(c.text());
            } else if (block instanceof Block.Fields f) {
                f.fields().forEach(field -> out.append(field.label()).append(": ").append(field.value()).append(' '));
            } else if (block instanceof Block.Calculation c) {
                out.append(c.description()).append(' ').append(c.result());
            }
            out.append('\n');
        }
        return out.toString();
    }
}
