package app.bonusbot.core.report;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.company.DisplayNames;
import app.bonusbot.core.company.Settings;
import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.deal.ExchangeRates;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.engine.DealList;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.Band;
import app.bonusbot.core.plan.BandMode;
import app.bonusbot.core.plan.Cap;
import app.bonusbot.core.plan.Enrolment;
import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.plan.Metric;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.OwnerKind;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Target;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.plan.Tiers;
import app.bonusbot.core.time.FiscalYear;
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
 * The small fixed data set of the report's tests: ten sellers on one quarterly bonus plan, five in North and five in
 * South, each with a target of 100,000 and a target bonus of 10,000; paid attainment x target bonus from a threshold
 * of 50 %, capped at 15,000 (150 %). In 2026-Q3 they won 0, 20,000, 49,999, 50,000, 80,000, 99,999, 100,000,
 * 120,000, 150,000 and 200,000 (in that order, s1 to s10).
 */
final class ReportFixture {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    static final String PLAN = "quarterly";
    static final long[] WON_Q3 = {0, 20_000, 49_999, 50_000, 80_000, 99_999, 100_000, 120_000, 150_000, 200_000};

    final List<Person> people = new ArrayList<>();
    final List<Deal> deals = new ArrayList<>();
    private int dealIds;

    ReportFixture() {
        for (int i = 1; i <= 10; i++) {
            people.add(new Person("s" + i, "Seller " + i, null, i <= 5 ? "north" : "south", LocalDate.of(2020, 1, 1), null, Language.EN, Map.of()));
            if (WON_Q3[i - 1] > 0) {
                won("s" + i, WON_Q3[i - 1], LocalDate.of(2026, 8, 15));
            }
        }
    }

    ReportFixture won(String owner, long amount, LocalDate day) {
        deals.add(new Deal("d" + (++dealIds), "Deal " + dealIds, BigDecimal.valueOf(amount).setScale(2), day, "Closed won", Outcome.WON, owner, "new",
                "Platform", "default"));
        return this;
    }

    ReportFixture person(Person person) {
        people.add(person);
        return this;
    }

    static PerformancePlan plan() {
        Tiers tiers = new Tiers(List.of(new Band(BigDecimal.ZERO, null, BigDecimal.ONE)), BandMode.MARGINAL, new BigDecimal("0.5"),
                new Cap.Amount(new BigDecimal("15000")));
        return new PerformancePlan(PLAN, LocalizedText.of("Quarterly plan"), PeriodKind.QUARTER, new Enrolment(Set.of(), Set.of("north", "south", "east")),
                new Metric(MetricKind.SUM, DealFilter.ANY), PayoutBase.TARGET_BONUS, tiers, null, new BigDecimal("100000"), new BigDecimal("10000"));
    }

    Company company() {
        Settings settings = new Settings("Test A/S", ZONE, Currency.getInstance("DKK"), Language.EN, Set.of(), DisplayNames.NONE, ExchangeRates.NONE,
                FiscalYear.CALENDAR);
        Directory directory = new Directory(people, List.of(new Team("north", "North", null), new Team("south", "South", null), new Team("east", "East", null)));
        return new Company(settings, directory, List.of(plan()), new TargetBook(List.<Target>of()));
    }

    DealList ledger() {
        return new DealList(deals);
    }

    static Target target(String personId, String period, String target) {
        return new Target(OwnerKind.PERSON, personId, PLAN, period, new BigDecimal(target), new BigDecimal("10000"));
    }
}
