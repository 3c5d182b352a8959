package app.bonusbot.core.survey;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.Person;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The configured surveys with what answering, rounds and results share: the store, the respondent key, the company
 * and the clock.
 */
public final class Surveys {

    private final List<Survey> surveys;
    private final SurveyRepository repository;
    private final Supplier<RespondentKey> key;
    private final Supplier<Company> company;
    private final Clock clock;

    /** @param key read when first needed, so commands that never touch answers need no key */
    public Surveys(List<Survey> surveys, SurveyRepository repository, Supplier<RespondentKey> key, Supplier<Company> company, Clock clock) {
        this.surveys = List.copyOf(surveys);
        this.repository = repository;
        this.key = key;
        this.company = company;
        this.clock = clock;
    }

    /** No surveys configured: nobody is ever asked anything, and there is nothing to store. */
    public static Surveys none(Supplier<Company> company, Clock clock) {
        return new Surveys(List.of(), NoRounds.INSTANCE, () -> {
            throw new IllegalStateException("no surveys are configured, so no respondent key is needed");
        }, company, clock);
    }

    /**
     * The same surveys, store, respondent key and company on another clock: for answering a round of the past through
     * the path a person's answer takes, as the demo company's first start does.
     */
    public Surveys at(Clock other) {
        return new Surveys(surveys, repository, key, company, other);
    }

    public List<Survey> all() {
        return surveys;
    }

    public Optional<Survey> byId(String id) {
        return surveys.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A survey by id, or by the start of its name in the given language, as people type it. */
    public Optional<Survey> find(String reference, Language language) {
        String wanted = reference.strip().toLowerCase(Locale.ROOT);
        return byId(reference.strip()).or(() -> surveys.stream()
                .filter(s -> s.id().equalsIgnoreCase(wanted) || s.name().in(language).toLowerCase(Locale.ROOT).startsWith(wanted))
                .findFirst());
    }

    /** The open round a person may answer now: in its audience when it opened and still employed. */
    public Optional<SurveyRound> currentFor(Person person) {
        Instant now = now();
        List<SurveyRun> open = repository.unclosedRuns().stream().filter(r -> r.isOpenAt(now)).sorted(Comparator.comparing(SurveyRun::closesAt)).toList();
        for (Survey survey : surveys) {
            for (SurveyRun run : open) {
                if (run.surveyId().equals(survey.id()) && mayAnswer(survey, run, person, now)) {
                    return Optional.of(new SurveyRound(survey, run));
                }
            }
        }
        return Optional.empty();
    }

    boolean mayAnswer(Survey survey, SurveyRun run, Person person, Instant now) {
        return person.activeOn(dayOf(now)) && survey.audience().members(company(), dayOf(run.opensAt())).stream().anyMatch(p -> p.id().equals(person.id()));
    }

    /** The survey round with the survey it belongs to. */
    public record SurveyRound(Survey survey, SurveyRun run) {}

    public Company company() {
        return company.get();
    }

    public SurveyRepository repository() {
        return repository;
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return company().settings().zone();
    }

    LocalDate dayOf(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    String respondent(Person person, SurveyRun run) {
        return key.get().respondent(person.id(), run.id());
    }

    /** The code a step of the round is claimed under for the person: neither their id nor their respondent code. */
    String recipient(Person person, SurveyRun run, String step) {
        return key.get().recipient(person.id(), run.id(), step);
    }

    public Language languageOf(Person person) {
        return person.language() != null ? person.language() : company().settings().language();
    }

    public SurveyWording wording(Language language) {
        return SurveyWording.of(language, company().settings().currency(), zone());
    }

    /** The person's form for a round, with the answers they have given in it. */
    SurveyForm formFor(Person person, Survey survey, SurveyRun run) {
        return SurveyForms.of(survey, run, repository.answers(run.id(), respondent(person, run)), wording(languageOf(person)));
    }

    /** Stores nothing and has no rounds, for a company without surveys. */
    private enum NoRounds implements SurveyRepository {
        INSTANCE;

        @Override
        public Optional<SurveyRun> claimRun(String surveyId, String occurrence, Instant opensAt, Instant closesAt, Map<String, Integer> audience) {
            return Optional.empty();
        }

        @Override
        public boolean claimStep(long runId, String step) {
            return false;
        }

        @Override
        public Set<String> claimedSteps(long runId) {
            return Set.of();
        }

        @Override
        public boolean claimSend(long runId, String step, String recipient) {
            return false;
        }

        @Override
        public Set<String> sentTo(long runId, String step) {
            return Set.of();
        }

        @Override
        public List<SurveyRun> runs(String surveyId) {
            return List.of();
        }

        @Override
        public List<SurveyRun> unclosedRuns() {
            return List.of();
        }

        @Override
        public boolean close(long runId, Instant at) {
            return false;
        }

        @Override
        public Map<String, String> answers(long runId, String respondent) {
            return Map.of();
        }

        @Override
        public boolean saveAnswers(long runId, String respondent, String group, Map<String, String> answers, Instant now) {
            return false;
        }

        @Override
        public Set<String> respondents(long runId) {
            return Set.of();
        }

        @Override
        public List<Response> responses(long runId) {
            return List.of();
        }
    }
}
