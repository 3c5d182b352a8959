package app.bonusbot.core.survey;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.company.Settings;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.Enrolment;
import app.bonusbot.core.plan.Installment;
import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.plan.RetentionPlan;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.time.PeriodKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A company for survey tests: team North (6 sellers, managed by Mona), team South (3 sellers, managed by Sam), a
 * seller who left in 2026, and Ada from sales ops, the admin. Every seller is on the retention plan.
 */
public final class SurveyFixtures {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    public static final RespondentKey KEY = new RespondentKey("a test key of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8));

    public static final Person ADA = person("ada", "Ada Admin", null, Language.EN);
    public static final Person MONA = person("mona", "Mona Manager", null, Language.DA);
    public static final Person SAM = person("sam", "Sam Southman", null, Language.EN);
    public static final List<Person> NORTH = List.of(person("n1", "Nina Nord", "north", Language.DA), person("n2", "Niels Nord", "north", Language.EN),
            person("n3", "Nora Nord", "north", null), person("n4", "Noah Nord", "north", Language.EN), person("n5", "Naja Nord", "north", Language.EN),
            person("n6", "Nils Nord", "north", Language.EN));
    public static final List<Person> SOUTH = List.of(person("s1", "Sara Syd", "south", Language.EN), person("s2", "Sune Syd", "south", Language.EN),
            person("s3", "Sif Syd", "south", Language.EN));
    public static final Person LEAVER = new Person("gone", "Gunnar Gone", "gone@example.com", "north", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 6, 30),
            Language.EN, Map.of(ChatPlatform.SLACK, "UGONE"));

    private SurveyFixtures() {}

    static Person person(String id, String name, String team, Language language) {
        return new Person(id, name, id + "@example.com", team, LocalDate.of(2020, 1, 1), null, language,
                Map.of(ChatPlatform.SLACK, "U" + id.toUpperCase()));
    }

    public static Company company() {
        List<Person> people = new ArrayList<>(List.of(ADA, MONA, SAM));
        people.addAll(NORTH);
        people.addAll(SOUTH);
        people.add(LEAVER);
        Settings settings = new Settings("Testfirma", ZONE, Currency.getInstance("DKK"), Language.DA, Set.of("ada"));
        RetentionPlan plan = new RetentionPlan("retention", LocalizedText.of("Retention"), PeriodKind.QUARTER,
                new Enrolment(Set.of(), Set.of("north", "south")), List.of(new Installment(6, new BigDecimal("1000"))));
        return new Company(settings, new Directory(people, List.of(new Team("north", "North", "mona"), new Team("south", "South", "sam"))),
                List.of(plan), TargetBook.EMPTY);
    }

    static LocalizedText text(String en, String da) {
        return new LocalizedText(Map.of(Language.EN, en, Language.DA, da));
    }

    public static final Question CLARITY = new Question("clarity", QuestionType.LIKERT_5, text("I understand my bonus.", "Jeg forstår min bonus."), List.of(),
            Optional.of(Prerequisite.CLARITY));
    public static final Question MOTIVATION = new Question("motivation", QuestionType.SCALE_0_10, text("How motivating is it?", "Hvor motiverende er den?"),
            List.of(), Optional.of(Prerequisite.MOTIVATION));
    public static final Question CHANGE = new Question("change", QuestionType.SINGLE_CHOICE, text("What first?", "Hvad først?"),
            List.of(new ChoiceOption("targets", text("Targets", "Mål")), new ChoiceOption("rates", text("Rates", "Satser")),
                    new ChoiceOption("nothing", text("Nothing", "Intet"))),
            Optional.empty());
    public static final Question COMMENTS = new Question("comments", QuestionType.FREE_TEXT, text("Anything else?", "Andet?"), List.of(), Optional.empty());

    /** Quarterly at 10:00 on the 1st, open 14 days, reminders 2 days before the close at 09:00, for all sellers, k = 5. */
    public static Survey survey() {
        return survey(new Audience.AllSellers(), 5);
    }

    public static Survey survey(Audience audience, int k) {
        return new Survey("pulse", text("Bonus pulse", "Bonuspuls"), List.of(CLARITY, MOTIVATION, CHANGE, COMMENTS), new QuarterStarts(ZONE, LocalTime.of(10, 0)),
                "0 10 1 1,4,7,10 *", 14, Optional.of(new Reminder(2, LocalTime.of(9, 0))), audience, k);
    }
}
