package app.bonusbot.core.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Works out a round's results with k-anonymity: a group's answers to a question are shown only when at least k in it
 * answered that question. Teams are also hidden when the answers left over after the shown teams would be fewer than
 * k: otherwise "everyone" minus the shown teams would give away the hidden few.
 */
public final class ResultsCalculator {

    private ResultsCalculator() {}

    /** @param previous the round before with its responses, if there is one */
    public static SurveyResults calculate(Survey survey, SurveyRun run, List<Response> responses, Optional<Round> previous) {
        Optional<SurveyResults> before = previous.map(p -> calculate(survey, p.run(), p.responses(), Optional.empty()));
        List<String> teams = teams(run, responses);
        Map<String, Set<String>> shownTeams = new LinkedHashMap<>();
        for (Question question : survey.questions()) {
            Map<String, Integer> answeredPerTeam = new LinkedHashMap<>();
            for (String team : teams) {
                answeredPerTeam.put(team, answered(question, inGroup(responses, Optional.of(team))).size());
            }
            shownTeams.put(question.id(), shownTeams(answeredPerTeam, answered(question, responses).size(), survey.minGroupSize()));
        }
        List<GroupResult> groups = new ArrayList<>();
        groups.add(group(survey, run, Optional.empty(), responses, shownTeams, before));
        for (String team : teams) {
            groups.add(group(survey, run, Optional.of(team), responses, shownTeams, before));
        }
        return new SurveyResults(survey, run, previous.map(Round::run), groups);
    }

    /** A finished round with its responses. */
    public record Round(SurveyRun run, List<Response> responses) {
        public Round {
            responses = List.copyOf(responses);
        }
    }

    /**
     * Teams shown for one question: those with at least k answers, minus enough of the smallest to leave no small
     * remainder. The one rule for any figure sliced by team: the plan health report hides its pay slices by it too.
     */
    public static Set<String> shownTeams(Map<String, Integer> answeredPerTeam, int answeredByEveryone, int k) {
        List<Map.Entry<String, Integer>> shown = new ArrayList<>(answeredPerTeam.entrySet().stream().filter(e -> e.getValue() >= k).toList());
        shown.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        int remainder = answeredByEveryone - shown.stream().mapToInt(Map.Entry::getValue).sum();
        while (remainder > 0 && remainder < k && !shown.isEmpty()) {
            remainder += shown.remove(0).getValue();
        }
        Set<String> teams = new TreeSet<>();
        shown.forEach(e -> teams.add(e.getKey()));
        return teams;
    }

    private static GroupResult group(Survey survey, SurveyRun run, Optional<String> team, List<Response> all, Map<String, Set<String>> shownTeams,
            Optional<SurveyResults> before) {
        List<Response> responses = inGroup(all, team);
        int audience = team.map(t -> run.audience().getOrDefault(t, 0)).orElse(run.audienceSize());
        int k = survey.minGroupSize();
        boolean shown = responses.size() >= k;
        Optional<GroupResult> previousGroup = before.flatMap(b -> team.isEmpty() ? Optional.of(b.everyone()) : b.team(team.get()));
        List<QuestionResult> questions = new ArrayList<>();
        for (Question question : survey.questions()) {
            List<String> values = answered(question, responses);
            boolean questionShown = shown && values.size() >= k && (team.isEmpty() || shownTeams.get(question.id()).contains(team.get()));
            Optional<BigDecimal> previousMean = previousGroup.flatMap(g -> g.questions().stream()
                    .filter(q -> q.question().id().equals(question.id()) && q.shown())
                    .findFirst())
                    .flatMap(QuestionResult::mean);
            questions.add(questionShown ? question(question, values, previousMean) : QuestionResult.hidden(question, values.size()));
        }
        return new GroupResult(team, audience, responses.size(), rate(responses.size(), audience), shown, questions);
    }

    private static QuestionResult question(Question question, List<String> values, Optional<BigDecimal> previousMean) {
        Map<String, Integer> distribution = new LinkedHashMap<>();
        if (question.type().numeric()) {
            question.type().scale().forEach(v -> distribution.put(Integer.toString(v), 0));
        } else if (question.type() == QuestionType.SINGLE_CHOICE) {
            question.options().forEach(o -> distribution.put(o.id(), 0));
        }
        if (!distribution.isEmpty()) {
            values.forEach(v -> distribution.merge(v, 1, Integer::sum));
        }
        Optional<BigDecimal> mean = Optional.empty();
        if (question.type().numeric()) {
            BigDecimal sum = values.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
            mean = Optional.of(sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP));
        }
        Optional<BigDecimal> change = mean.flatMap(m -> previousMean.map(m::subtract));
        List<String> freeTexts = question.type() == QuestionType.FREE_TEXT
                ? values.stream().sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())).toList()
                : List.of();
        return new QuestionResult(question, values.size(), true, mean, mean.isPresent() ? previousMean : Optional.empty(), change, distribution, freeTexts);
    }

    /** The answers to a question that still fit it (the configuration may have changed since), one per respondent. */
    private static List<String> answered(Question question, List<Response> responses) {
        List<String> values = new ArrayList<>();
        for (Response response : responses) {
            String value = response.answers().get(question.id());
            if (value != null && question.fits(value)) {
                values.add(value);
            }
        }
        return values;
    }

    private static List<Response> inGroup(List<Response> responses, Optional<String> team) {
        return team.isEmpty() ? responses : responses.stream().filter(r -> r.group().equals(team.get())).toList();
    }

    /** Teams of the round's audience and of its responses (someone may have moved team while it was open), by id. */
    private static List<String> teams(SurveyRun run, List<Response> responses) {
        Set<String> teams = new TreeSet<>(run.audience().keySet());
        responses.forEach(r -> teams.add(r.group()));
        teams.remove(Audience.NO_TEAM);
        return List.copyOf(teams);
    }

    private static BigDecimal rate(int respondents, int audience) {
        return audience == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(respondents).divide(BigDecimal.valueOf(audience), 4, RoundingMode.HALF_UP);
    }
}
