package app.bonusbot.config;

import app.bonusbot.config.References.KnownIds;
import app.bonusbot.core.announce.PostsSettings;
import app.bonusbot.core.company.Settings;
import app.bonusbot.core.payout.EmployeeIdField;
import app.bonusbot.core.payout.PayrollSettings;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.RetentionPlan;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.imports.DealMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads and validates bot-config/: settings.yaml, people.yaml, plans.yaml, targets.yaml and, when they are there,
 * posts.yaml and surveys.yaml. Every problem in every file is collected before anything is refused, so an admin can fix them all in
 * one go.
 */
public final class ConfigLoader {

    public static final String SETTINGS = "settings.yaml";
    public static final String PEOPLE = "people.yaml";
    public static final String PLANS = "plans.yaml";
    public static final String TARGETS = "targets.yaml";
    /** Optional: without it no team gets a weekly post. */
    public static final String POSTS = "posts.yaml";
    /** Optional: without it nobody is asked for feedback. */
    public static final String SURVEYS = "surveys.yaml";
    public static final List<String> FILES = List.of(SETTINGS, PEOPLE, PLANS, TARGETS, POSTS, SURVEYS);

    private ConfigLoader() {}

    /** The validated config; throws with every problem found when there is any. */
    public static BotConfig load(Path dir) {
        Outcome outcome = read(dir);
        if (!outcome.problems().isEmpty()) {
            throw new ConfigException(dir.toString(), outcome.problems());
        }
        return outcome.config().orElseThrow();
    }

    /** Every problem in the config directory, in file and line order; empty when the config is valid. */
    public static List<ConfigProblem> check(Path dir) {
        return read(dir).problems();
    }

    private record Outcome(Optional<BotConfig> config, List<ConfigProblem> problems) {}

    private static Outcome read(Path dir) {
        Problems problems = new Problems();
        if (!Files.isDirectory(dir)) {
            problems.add(dir.toString(), 0, "", "config directory not found (" + dir.toAbsolutePath().normalize() + ")");
            return new Outcome(Optional.empty(), problems.sorted(FILES));
        }
        References references = new References();
        Optional<SettingsReader.Result> settings = YamlFile.read(dir, SETTINGS, problems).map(new SettingsReader(references)::read);
        Optional<PeopleReader.Result> people = YamlFile.read(dir, PEOPLE, problems).map(new PeopleReader(references)::read);
        FiscalYear fiscalYear = settings.flatMap(s -> s.settings().map(Settings::fiscalYear)).orElse(FiscalYear.CALENDAR);
        Optional<PlansReader.Result> plans = YamlFile.read(dir, PLANS, problems).map(new PlansReader(references, fiscalYear)::read);
        Optional<TargetBook> targets = YamlFile.read(dir, TARGETS, problems).map(new TargetsReader(plans, people, references, fiscalYear)::read);
        Optional<PostsSettings> posts = !Files.exists(dir.resolve(POSTS)) ? Optional.of(PostsSettings.NONE)
                : YamlFile.read(dir, POSTS, problems).flatMap(new PostsReader(references, settings.flatMap(s -> s.settings().map(Settings::zone)), people)::read);
        Optional<List<Survey>> surveys = !Files.exists(dir.resolve(SURVEYS)) ? Optional.of(List.of())
                : YamlFile.read(dir, SURVEYS, problems).flatMap(new SurveysReader(references, settings.flatMap(s -> s.settings().map(Settings::zone)))::read);
        references.check(people.map(PeopleReader.Result::known).orElse(KnownIds.UNREADABLE));
        if (people.isPresent() && plans.isPresent()) {
            hireDatesForRetention(people.get(), plans.get().plans());
            settings.flatMap(SettingsReader.Result::employeeId).ifPresent(field -> employeeIdsForPayroll(people.get(), plans.get().plans(), field));
        }
        if (!problems.isEmpty()) {
            return new Outcome(Optional.empty(), problems.sorted(FILES));
        }
        Settings s = settings.orElseThrow().settings().orElseThrow();
        DealMapping mapping = settings.get().dealMapping().orElseThrow();
        return new Outcome(Optional.of(new BotConfig(s, people.orElseThrow().directory(), plans.orElseThrow().plans(), plans.get().versions(), targets.orElseThrow(), mapping,
                settings.get().demoData(), posts.orElseThrow(), surveys.orElseThrow(), settings.get().discordGuilds(), settings.get().hubspot().orElseThrow(),
                new PayrollSettings(settings.get().employeeId().orElseThrow(), people.get().employeeNumbers()), settings.get().approval().orElseThrow(),
                plans.get().clawbacks(), settings.get().disputes(), settings.get().report().orElseThrow())),
                List.of());
    }

    /** Payroll pays by the configured field, so everyone on a plan needs it (a person's id is always there). */
    private static void employeeIdsForPayroll(PeopleReader.Result people, List<Plan> plans, EmployeeIdField field) {
        PayrollSettings payroll = new PayrollSettings(field, people.employeeNumbers());
        String key = field == EmployeeIdField.EMAIL ? "email" : "employee_number";
        for (Person person : people.directory().people()) {
            if (payroll.employeeIdOf(person).isEmpty() && plans.stream().anyMatch(p -> p.enrols(person))) {
                people.entries().get(person.id()).report(key, "is required: settings.yaml payroll.employee_id is " + field.yamlName()
                        + " and " + person.id() + " is on a plan");
            }
        }
    }

    /** Tenure counts from the hire date, so a retention plan cannot pay someone without one. */
    private static void hireDatesForRetention(PeopleReader.Result people, List<Plan> plans) {
        for (Person person : people.directory().people()) {
            if (person.hireDate() != null) {
                continue;
            }
            plans.stream().filter(p -> p instanceof RetentionPlan && p.enrols(person)).findFirst().ifPresent(plan -> people.entries()
                    .get(person.id()).report("hire_date", "is required: " + person.id() + " is on retention plan '" + plan.id() + "'"));
        }
    }
}
