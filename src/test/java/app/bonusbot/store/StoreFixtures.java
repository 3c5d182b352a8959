package app.bonusbot.store;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Small builders shared by the store and import tests. */
public final class StoreFixtures {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T08:00:00Z"), ZoneOffset.UTC);

    private StoreFixtures() {}

    public static Deal won(String id, String owner, String closeDate, String amount) {
        return deal(id, owner, closeDate, amount, Outcome.WON, null, null, null);
    }

    public static Deal deal(String id, String owner, String closeDate, String amount, Outcome outcome, String type, String product, String pipeline) {
        return new Deal(id, "Deal " + id, new BigDecimal(amount), LocalDate.parse(closeDate), outcome.name().toLowerCase(), outcome, owner, type, product,
                pipeline);
    }

    public static LedgerDeal entry(Deal deal) {
        return new LedgerDeal(deal, deal.ownerId());
    }

    public static Person person(String id, String name, String email, String team) {
        return new Person(id, name, email, team, LocalDate.of(2024, 1, 1), null, Language.EN, Map.of(ChatPlatform.SLACK, "U" + id.toUpperCase()));
    }

    public static Directory demoDirectory() {
        return new Directory(
                List.of(person("anna", "Anna Jensen", "anna@example.com", "north"), person("bo", "Bo Nielsen", "bo@example.com", "north"),
                        person("carla", "Carla Holm", "carla@example.com", "south")),
                List.of(new Team("north", "Team North", "anna"), new Team("south", "Team South", "carla")));
    }
}
