package app.bonusbot.demo;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.PeriodKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Deals for the demo company, laid out around today so that the demo always shows a running quarter: the previous
 * quarter closed, the current one part-way. The same day always gives the same deals.
 */
public final class DemoDeals {

    private static final String[] CUSTOMERS = {"Aurora Freight", "Birk & Co", "Cobalt Energy", "Dalby Foods", "Egeskov Logistics",
        "Fjord Analytics", "Granit Bank", "Havn Retail", "Isbjerg Games", "Jord Agro", "Kilden Health", "Lynx Security", "Mølle Media",
        "Nordkap Shipping", "Odin Insurance", "Polar Pharma", "Ravn Telecom", "Sol Hotels", "Tårn Construction", "Uldum Textiles"};
    private static final String[] TYPES = {"new", "new", "upsell", "cross_sell", "renewal", "new", "upsell", "renewal"};
    private static final String[] PRODUCTS = {"Platform", "Analytics add-on", "Integrations"};

    private DemoDeals() {}

    /** Deals for every person on a team, over the previous and the current quarter (of the fiscal year) up to today. */
    public static List<Deal> around(LocalDate today, FiscalYear fiscalYear, List<Person> people) {
        List<Deal> deals = new ArrayList<>();
        var current = PeriodKind.QUARTER.containing(today, fiscalYear);
        var previous = current.previous();
        int index = 0;
        for (Person person : people) {
            if (person.teamId() == null) {
                continue;
            }
            Random random = new Random(person.id().hashCode() * 31L + current.key().hashCode());
            deals.addAll(quarter(person, new DateRange(previous.start(), previous.end()), random, 14, index));
            deals.addAll(quarter(person, new DateRange(current.start(), today), random, 12, index + 100));
            index += 200;
        }
        return deals;
    }

    private static List<Deal> quarter(Person person, DateRange range, Random random, int count, int idBase) {
        Optional<DateRange> active = person.activeWithin(range);
        if (active.isEmpty()) {
            return List.of();
        }
        List<Deal> deals = new ArrayList<>();
        long days = active.get().days();
        // Fewer deals for a short stint, but at least a couple so the demo has something to explain.
        int n = (int) Math.max(2, count * days / range.days());
        for (int i = 0; i < n; i++) {
            LocalDate date = active.get().from().plusDays(random.nextInt((int) days));
            String type = TYPES[random.nextInt(TYPES.length)];
            long amount = type.equals("renewal") ? 40_000 + 500L * random.nextInt(160) : 25_000 + 500L * random.nextInt(500);
            int roll = random.nextInt(10);
            Outcome outcome = roll < 7 ? Outcome.WON : roll < 9 ? Outcome.LOST : Outcome.OPEN;
            String stage = switch (outcome) {
                case WON -> "Closed won";
                case LOST -> "Closed lost";
                case OPEN -> "Contract sent";
            };
            String customer = CUSTOMERS[random.nextInt(CUSTOMERS.length)];
            String id = "demo-" + person.id() + "-" + (idBase + i);
            deals.add(new Deal(id, customer + " " + type.replace('_', '-'), BigDecimal.valueOf(amount).setScale(2), date, stage, outcome,
                    person.id(), type, PRODUCTS[random.nextInt(PRODUCTS.length)], type.equals("renewal") ? "renewals" : "default"));
        }
        return deals;
    }
}
