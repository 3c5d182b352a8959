package app.bonusbot.core.command;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.MilestoneRule;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.survey.SurveyAnswering;
import app.bonusbot.core.survey.SurveyForm;
import app.bonusbot.core.survey.Surveys;
import app.bonusbot.core.time.PeriodKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What to offer for a {@code /bonus} option while the caller types it, for chat platforms that suggest values
 * (Discord's autocomplete), for the options the catalogue ({@link OptionKind}) marks as suggested: the periods the
 * core reads, the caller's plans, the deal types plans count, the open survey's questions, the surveys and, for admins
 * only, the people. Someone Bonusbot does not know is offered only what is the same for everyone (periods and deal
 * types). At most {@link #MAX} suggestions, those whose name or value contains what was typed, whatever the case,
 * those beginning with it first.
 */
public final class OptionSuggestions {

    /** As many suggestions as Discord shows. */
    public static final int MAX = 25;

    private final Supplier<Company> company;
    private final Surveys surveys;
    private final SurveyAnswering answering;
    private final Set<String> mappedDealTypes;
    private final Clock clock;

    /**
     * @param company the company as of now, read again for each question
     * @param mappedDealTypes the deal types imports map CRM values to (settings.yaml's {@code deal_types} values)
     */
    public OptionSuggestions(Supplier<Company> company, Surveys surveys, Collection<String> mappedDealTypes, Clock clock) {
        this.company = company;
        this.surveys = surveys;
        this.answering = new SurveyAnswering(surveys);
        this.mappedDealTypes = Set.copyOf(mappedDealTypes);
        this.clock = clock;
    }

    /**
     * @param personId the caller's person id; null or unknown when Bonusbot does not know them
     * @param path the sub-command, with its group first when it has one: {@code explain}, {@code admin status}
     * @param option the name of the option being typed, e.g. {@code period} ({@link OptionKind#optionName()})
     * @param typed what has been typed of it so far
     * @param given the other options as given so far, which say what a period is about (a plan, a person)
     */
    public List<Suggestion> suggest(String personId, String path, String option, String typed, Map<String, String> given) {
        Company c = company.get();
        LocalDate today = LocalDate.now(clock.withZone(c.settings().zone()));
        Optional<Person> caller = personId == null ? Optional.empty() : c.directory().person(personId);
        Language language = caller.map(Person::language).orElse(c.settings().language());
        Wording w = Wording.of(language, c.settings());
        Optional<OptionKind> kind = OptionKind.named(option).filter(OptionKind::suggested);
        if (kind.isEmpty()) {
            return List.of();
        }
        return ranked(switch (kind.get()) {
            case PERIOD -> PeriodSuggestions.suggest(typed, today, c.settings().fiscalYear(), periodKinds(c, caller, SubCommand.byPath(path).orElse(null), given), w);
            case DEAL_TYPE -> matching(dealTypes(c, w), typed);
            case PLAN -> matching(caller.map(p -> plans(c, p, w.language())).orElse(List.of()), typed);
            case QUESTION -> matching(caller.flatMap(answering::form).map(OptionSuggestions::questions).orElse(List.of()), typed);
            case PERSON -> matching(caller.filter(p -> c.settings().isAdmin(p.id())).map(p -> people(c, today)).orElse(List.of()), typed);
            case SURVEY -> matching(caller.filter(p -> seesResults(c, p)).map(p -> surveys(w.language())).orElse(List.of()), typed);
            // The catalogue does not suggest these: filtered out above.
            case AMOUNT, ANSWER, TEXT, DEAL, CASE, DECISION -> List.of();
        }, typed);
    }

    private static List<Suggestion> matching(List<Suggestion> candidates, String typed) {
        return candidates.stream().filter(s -> s.matches(typed)).toList();
    }

    /** Those beginning with what was typed first, otherwise in their order; no more than {@link #MAX}. */
    private static List<Suggestion> ranked(List<Suggestion> matching, String typed) {
        return matching.stream().sorted(Comparator.comparing((Suggestion s) -> !s.startsWith(typed))).limit(MAX).toList();
    }

    /**
     * The kinds of the plans a period option is about: the plan being explained, the person an admin asks about,
     * the members of the caller's teams for {@code team}, or else the caller's own plans.
     *
     * @param subCommand null when the path names none
     */
    private static Set<PeriodKind> periodKinds(Company c, Optional<Person> caller, SubCommand subCommand, Map<String, String> given) {
        if (caller.isEmpty()) {
            return Set.of();
        }
        Person me = caller.get();
        List<Plan> plans = c.plansOf(me);
        String plan = OptionKind.PLAN.optionName();
        if (subCommand == SubCommand.EXPLAIN && given.containsKey(plan)) {
            String planId = given.get(plan).strip();
            List<Plan> named = plans.stream().filter(p -> p.id().equalsIgnoreCase(planId)).toList();
            plans = named.isEmpty() ? plans : named;
        } else if ((subCommand == SubCommand.ADMIN_STATUS || subCommand == SubCommand.ADMIN_STATEMENT) && c.settings().isAdmin(me.id())) {
            plans = c.directory().byChatReference(given.get(OptionKind.PERSON.optionName())).map(c::plansOf).orElse(plans);
        } else if (subCommand == SubCommand.TEAM || subCommand == SubCommand.APPROVE) {
            plans = c.directory().teamsManagedBy(me.id()).stream()
                    .flatMap(team -> c.directory().members(team.id()).stream())
                    .flatMap(member -> c.plansOf(member).stream())
                    .toList();
        }
        Set<PeriodKind> kinds = EnumSet.noneOf(PeriodKind.class);
        plans.forEach(p -> kinds.add(p.periodKind()));
        return kinds;
    }

    /** The default {@code new} first, then every other deal type imports produce or plans count, alphabetically. */
    private List<Suggestion> dealTypes(Company c, Wording w) {
        Set<String> words = new TreeSet<>();
        mappedDealTypes.forEach(type -> words.add(type.strip().toLowerCase(Locale.ROOT)));
        for (Plan plan : c.plans()) {
            filters(plan).forEach(filter -> words.addAll(filter.dealTypes()));
        }
        words.remove(CommandHandler.DEFAULT_WHATIF_DEAL_TYPE);
        List<Suggestion> all = new ArrayList<>();
        String standard = CommandHandler.DEFAULT_WHATIF_DEAL_TYPE;
        all.add(Suggestion.of(named(w, standard) ? w.t("suggest.deal_type.named_default", w.dealType(standard), standard)
                : w.t("suggest.deal_type.default", standard), standard));
        words.stream().filter(Suggestion::fits)
                .forEach(word -> all.add(Suggestion.of(named(w, word) ? w.t("suggest.deal_type.named", w.dealType(word), word) : word, word)));
        return all;
    }

    /** A deal type settings.yaml gives a name is offered by its name, with the word to type next to it. */
    private static boolean named(Wording w, String dealType) {
        return !w.dealType(dealType).equals(dealType);
    }

    private static List<DealFilter> filters(Plan plan) {
        if (plan instanceof PerformancePlan performance) {
            return List.of(performance.metric().filter());
        }
        if (plan instanceof TeamPlan team) {
            return List.of(team.metric().filter());
        }
        if (plan instanceof MilestonePlan milestone) {
            return milestone.rules().stream().map(MilestoneRule::filter).toList();
        }
        return List.of();
    }

    /** {@code Quarterly new business bonus (quarterly-bonus)}. */
    private static List<Suggestion> plans(Company c, Person caller, Language language) {
        return c.plansOf(caller).stream().filter(p -> Suggestion.fits(p.id()))
                .map(p -> Suggestion.of(p.name().in(language) + " (" + p.id() + ")", p.id()))
                .toList();
    }

    /** {@code 1. I understand exactly how my bonus is calculated.}, the question's id as the value. */
    private static List<Suggestion> questions(SurveyForm form) {
        return form.items().stream().filter(i -> Suggestion.fits(i.id()))
                .map(i -> Suggestion.of(i.number() + ". " + i.text(), i.id()))
                .toList();
    }

    /** The people employed today by name: {@code Anna Holm (anna.holm)}. */
    private static List<Suggestion> people(Company c, LocalDate today) {
        return c.directory().people().stream().filter(p -> p.activeOn(today)).filter(p -> Suggestion.fits(p.id()))
                .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
                .map(p -> Suggestion.of(p.name() + " (" + p.id() + ")", p.id()))
                .toList();
    }

    /** Only those who may see results are offered surveys: admins and the managers of a team. */
    private static boolean seesResults(Company c, Person person) {
        return c.settings().isAdmin(person.id()) || !c.directory().teamsManagedBy(person.id()).isEmpty();
    }

    /** {@code Your view of the bonus plan (bonus-plan)}. */
    private List<Suggestion> surveys(Language language) {
        return surveys.all().stream().filter(s -> Suggestion.fits(s.id()))
                .map(s -> Suggestion.of(s.name().in(language) + " (" + s.id() + ")", s.id()))
                .toList();
    }
}
