package app.bonusbot.core.command;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.company.Settings;
import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.engine.DealList;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.Band;
import app.bonusbot.core.plan.BandMode;
import app.bonusbot.core.plan.Cap;
import app.bonusbot.core.plan.Enrolment;
import app.bonusbot.core.plan.Installment;
import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.plan.Metric;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.MilestoneRule;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.RetentionPlan;
import app.bonusbot.core.plan.StockGrant;
import app.bonusbot.core.plan.StockPlan;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.plan.TeamSplit;
import app.bonusbot.core.plan.Tiers;
import app.bonusbot.core.time.PeriodKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small company with one plan of each kind, for command tests. Today is 2026-11-27 in Copenhagen. */
final class SampleCompany {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZONE).toInstant(), ZONE);

    static final Person ANNA = new Person("anna", "Anna Holm", "anna@example.com", "nordics", LocalDate.of(2024, 5, 1), null, Language.EN,
            Map.of(ChatPlatform.SLACK, "U1", ChatPlatform.DISCORD, "1"));
    static final Person BO = new Person("bo", "Bo Jensen", "bo@example.com", "nordics", LocalDate.of(2025, 1, 6), null, Language.DA,
            Map.of(ChatPlatform.SLACK, "U2", ChatPlatform.DISCORD, "2"));
    static final Person MIA = new Person("mia", "Mia Berg", "mia@example.com", null, LocalDate.of(2020, 1, 1), null, null,
            Map.of(ChatPlatform.SLACK, "U3", ChatPlatform.DISCORD, "3"));
    static final Person OUTSIDER = new Person("olga", "Olga Nyborg", null, null, null, null, null, Map.of());

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static Company company() {
        Settings settings = new Settings("Nordlys", ZONE, Currency.getInstance("DKK"), Language.DA, Set.of("mia"));
        Directory directory = new Directory(List.of(ANNA, BO, MIA, OUTSIDER), List.of(new Team("nordics", "Nordics", "mia")));
        Enrolment nordics = new Enrolment(Set.of(), Set.of("nordics"));
        PerformancePlan performance = new PerformancePlan("new-business", LocalizedText.of("New business"), PeriodKind.QUARTER, nordics,
                new Metric(MetricKind.SUM, new DealFilter(Set.of("new", "upsell"), Set.of(), Set.of(), null)), PayoutBase.TARGET_BONUS,
                new Tiers(List.of(new Band(d("0"), d("1.0"), d("1.0")), new Band(d("1.0"), d("1.5"), d("1.5")), new Band(d("1.5"), null, d("2.0"))),
                        BandMode.MARGINAL, d("0.5"), new Cap.MultipleOfTargetBonus(d("2"))),
                null, d("1000000"), d("60000"));
        TeamPlan team = new TeamPlan("team-pool", LocalizedText.of("Team pool"), PeriodKind.QUARTER, List.of("nordics"), new Metric(MetricKind.SUM, null),
                new Tiers(List.of(new Band(d("0"), null, d("1.0"))), BandMode.MARGINAL, null, null), TeamSplit.EQUAL, d("3000000"), d("30000"));
        MilestonePlan milestone = new MilestonePlan("milestones", LocalizedText.of("Milestones"), PeriodKind.QUARTER, nordics,
                List.of(new MilestoneRule.PerEvent("big-renewal", new LocalizedText(Map.of(Language.EN, "Big renewals", Language.DA, "Store fornyelser")),
                        new DealFilter(Set.of("renewal"), Set.of(), Set.of(), d("50000")), d("2500"))));
        RetentionPlan retention = new RetentionPlan("retention", LocalizedText.of("Retention"), PeriodKind.QUARTER, nordics,
                List.of(new Installment(6, d("10000")), new Installment(24, d("25000"))));
        StockPlan stock = new StockPlan("stock", LocalizedText.of("Stock"), PeriodKind.QUARTER, d("85.50"),
                List.of(new StockGrant("anna", 4800, LocalDate.of(2024, 6, 1), 12, 48)));
        return new Company(settings, directory, List.of(performance, team, milestone, retention, stock), TargetBook.EMPTY);
    }

    static DealList deals() {
        return new DealList(List.of(
                deal("d1", "Acme platform", "420000", "2026-10-03", Outcome.WON, "anna", "new"),
                deal("d2", "Borealis upsell", "180000", "2026-11-12", Outcome.WON, "anna", "upsell"),
                deal("d3", "Cobalt renewal", "75000", "2026-11-20", Outcome.WON, "anna", "renewal"),
                deal("d4", "Delta lost", "99000", "2026-11-21", Outcome.LOST, "anna", "new"),
                deal("d5", "Eon platform", "900000", "2026-10-15", Outcome.WON, "bo", "new"),
                deal("d6", "Old quarter", "500000", "2026-09-30", Outcome.WON, "anna", "new")));
    }

    static Deal deal(String id, String name, String amount, String date, Outcome outcome, String owner, String type) {
        return new Deal(id, name, d(amount), LocalDate.parse(date), outcome.name(), outcome, owner, type, null, null);
    }

    static CommandHandler handler() {
        Company company = company();
        return new CommandHandler(() -> company, deals(), CLOCK);
    }
}
