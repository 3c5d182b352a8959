package app.bonusbot.core.survey;

import static app.bonusbot.core.survey.SurveyFixtures.survey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResultsCalculatorTest {

    private static final Instant Q4_OPENS = Instant.parse("2026-10-01T08:00:00Z");
    private static final Instant Q1_OPENS = Instant.parse("2027-01-01T09:00:00Z");

    private static SurveyRun run(long id, Instant opens, Map<String, Integer> audience) {
        Instant closes = opens.plusSeconds(14 * 86400);
        return new SurveyRun(id, "pulse", opens.toString(), opens, closes, Optional.of(closes), audience);
    }

    /** One response per value, in the group, answering only {@code question}. */
    private static List<Response> answers(String group, String question, String... values) {
        List<Response> responses = new ArrayList<>();
        for (String value : values) {
            responses.add(new Response(group, Map.of(question, value)));
        }
        return responses;
    }

    private static List<Response> all(List<Response> first, List<Response> second) {
        List<Response> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void four_answers_are_hidden_when_k_is_five() {
        // given
        SurveyRun run = run(1, Q1_OPENS, Map.of("north", 6));
        // when
        SurveyResults results = ResultsCalculator.calculate(survey(), run, answers("north", "clarity", "5", "4", "4", "3"), Optional.empty());
        // then the count and response rate are given, nothing else
        GroupResult everyone = results.everyone();
        assertFalse(everyone.shown());
        assertEquals(4, everyone.respondents());
        assertEquals(d("0.6667"), everyone.responseRate());
        QuestionResult clarity = everyone.questions().get(0);
        assertFalse(clarity.shown());
        assertEquals(4, clarity.answered());
        assertEquals(Optional.empty(), clarity.mean());
        assertTrue(clarity.distribution().isEmpty());
    }

    @Test
    void five_answers_are_shown_when_k_is_five() {
        // given
        SurveyRun run = run(1, Q1_OPENS, Map.of("north", 6));
        // when
        SurveyResults results = ResultsCalculator.calculate(survey(), run, answers("north", "clarity", "5", "4", "4", "3", "2"), Optional.empty());
        // then
        QuestionResult clarity = results.everyone().questions().get(0);
        assertTrue(results.everyone().shown());
        assertTrue(clarity.shown());
        assertEquals(Optional.of(d("3.60")), clarity.mean());
    }

    @Test
    void mean_distribution_and_change_since_the_previous_round_are_worked_out_per_question() {
        // given Q4: clarity 3,3,2,4,2,1 (15 / 6 = 2.50) and motivation 5,6,7,8,9,10 (45 / 6 = 7.50)
        List<Response> q4 = new ArrayList<>();
        String[][] q4Answers = {{"3", "5"}, {"3", "6"}, {"2", "7"}, {"4", "8"}, {"2", "9"}, {"1", "10"}};
        for (String[] a : q4Answers) {
            q4.add(new Response("north", Map.of("clarity", a[0], "motivation", a[1])));
        }
        // and Q1: clarity 5,4,4,3,2 (18 / 5 = 3.60) and motivation 7,8,10,6,9 (40 / 5 = 8.00)
        List<Response> q1 = new ArrayList<>();
        String[][] q1Answers = {{"5", "7"}, {"4", "8"}, {"4", "10"}, {"3", "6"}, {"2", "9"}};
        for (String[] a : q1Answers) {
            q1.add(new Response("north", Map.of("clarity", a[0], "motivation", a[1])));
        }
        ResultsCalculator.Round previous = new ResultsCalculator.Round(run(1, Q4_OPENS, Map.of("north", 6)), q4);
        // when
        SurveyResults results = ResultsCalculator.calculate(survey(), run(2, Q1_OPENS, Map.of("north", 6)), q1, Optional.of(previous));
        // then
        QuestionResult clarity = results.everyone().questions().get(0);
        assertEquals(Optional.of(d("3.60")), clarity.mean());
        assertEquals(Optional.of(d("2.50")), clarity.previousMean());
        assertEquals(Optional.of(d("1.10")), clarity.change());
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("1", 0);
        expected.put("2", 1);
        expected.put("3", 1);
        expected.put("4", 2);
        expected.put("5", 1);
        assertEquals(expected, clarity.distribution());
        assertEquals(List.of("1", "2", "3", "4", "5"), List.copyOf(clarity.distribution().keySet()));
        QuestionResult motivation = results.everyone().questions().get(1);
        assertEquals(Optional.of(d("8.00")), motivation.mean());
        assertEquals(Optional.of(d("0.50")), motivation.change());
        assertEquals(11, motivation.distribution().size());
        assertEquals(1, motivation.distribution().get("10"));
        assertEquals(0, motivation.distribution().get("0"));
        assertEquals(Optional.of(1L), results.previous().map(SurveyRun::id));
    }

    @Test
    void a_mean_on_the_half_rounds_up_and_the_change_is_the_difference_of_the_rounded_means() {
        // given 8 answers summing to 21: 2.625 → 2.63; the previous round 4,4,5 = 13 / 3 = 4.333 → 4.33 (k = 3)
        List<Response> now = answers("north", "clarity", "1", "2", "2", "3", "3", "3", "3", "4");
        ResultsCalculator.Round previous = new ResultsCalculator.Round(run(1, Q4_OPENS, Map.of("north", 9)), answers("north", "clarity", "4", "4", "5"));
        // when
        SurveyResults results = ResultsCalculator.calculate(survey(new Audience.AllSellers(), 3), run(2, Q1_OPENS, Map.of("north", 9)), now,
                Optional.of(previous));
        // then 2.63 − 4.33
        QuestionResult clarity = results.everyone().questions().get(0);
        assertEquals(Optional.of(d("2.63")), clarity.mean());
        assertEquals(Optional.of(d("-1.70")), clarity.change());
    }

    @Test
    void there_is_no_change_when_the_previous_round_had_too_few_answers() {
        // given
        ResultsCalculator.Round previous = new ResultsCalculator.Round(run(1, Q4_OPENS, Map.of("north", 6)), answers("north", "clarity", "1", "2", "3", "4"));
        // when
        SurveyResults results = ResultsCalculator.calculate(survey(), run(2, Q1_OPENS, Map.of("north", 6)),
                answers("north", "clarity", "5", "5", "5", "5", "5"), Optional.of(previous));
        // then
        QuestionResult clarity = results.everyone().questions().get(0);
        assertEquals(Optional.of(d("5.00")), clarity.mean());
        assertEquals(Optional.empty(), clarity.previousMean());
        assertEquals(Optional.empty(), clarity.change());
    }

    @Test
    void single_choice_counts_each_option_in_the_configured_order_and_has_no_mean() {
        // when
        SurveyResults results = ResultsCalculator.calculate(survey(), run(1, Q1_OPENS, Map.of("north", 6)),
                answers("north", "change", "rates", "targets", "rates", "nothing", "rates"), Optional.empty());
        // then
        QuestionResult change = results.everyone().questions().get(2);
        assertEquals(List.of("targets", "rates", "nothing"), List.copyOf(change.distribution().keySet()));
        assertEquals(List.of(1, 3, 1), List.copyOf(change.distribution().values()));
        assertEquals(Optional.empty(), change.mean());
    }

    @Test
    void free_text_is_listed_in_alphabetical_order_not_the_order_it_was_given_in() {
        // when
        SurveyResults results = ResultsCalculator.calculate(survey(), run(1, Q1_OPENS, Map.of("north", 6)),
                answers("north", "comments", "more transparency", "Fine as it is", "targets too high", "a dashboard", "Clearer rules"), Optional.empty());
        // then
        assertEquals(List.of("a dashboard", "Clearer rules", "Fine as it is", "more transparency", "targets too high"),
                results.everyone().questions().get(3).freeTexts());
    }

    @Test
    void a_team_with_enough_answers_is_hidden_when_everyone_minus_it_would_give_away_a_smaller_team() {
        // given North answered 5 times, South once: everyone (6) minus North would be South's one answer
        List<Response> responses = all(answers("north", "clarity", "4", "4", "4", "4", "4"), answers("south", "clarity", "1"));
        // when
        SurveyResults results = ResultsCalculator.calculate(survey(), run(1, Q1_OPENS, Map.of("north", 6, "south", 3)), responses, Optional.empty());
        // then
        assertTrue(results.everyone().questions().get(0).shown());
        assertTrue(results.team("north").orElseThrow().shown());
        assertFalse(results.team("north").orElseThrow().questions().get(0).shown());
        assertFalse(results.team("south").orElseThrow().questions().get(0).shown());
    }

    @Test
    void a_team_with_enough_answers_is_shown_when_the_rest_answered_nothing_or_enough() {
        // given
        List<Response> onlyNorth = answers("north", "clarity", "4", "4", "4", "4", "4");
        List<Response> northAndSouth = all(onlyNorth, answers("south", "clarity", "1", "2", "3", "4", "5"));
        // when
        SurveyResults alone = ResultsCalculator.calculate(survey(), run(1, Q1_OPENS, Map.of("north", 6, "south", 6)), onlyNorth, Optional.empty());
        SurveyResults both = ResultsCalculator.calculate(survey(), run(1, Q1_OPENS, Map.of("north", 6, "south", 6)), northAndSouth, Optional.empty());
        // then
        assertTrue(alone.team("north").orElseThrow().questions().get(0).shown());
        assertTrue(both.team("north").orElseThrow().questions().get(0).shown());
        assertTrue(both.team("south").orElseThrow().questions().get(0).shown());
        assertEquals(Optional.of(d("3.00")), both.team("south").orElseThrow().questions().get(0).mean());
    }

    @Test
    void the_smallest_teams_are_hidden_first_until_the_remainder_is_zero_or_at_least_k() {
        // when North 7, South 5, West 5 and 2 answers from people without a team; k = 5
        Set<String> shown = ResultsCalculator.shownTeams(Map.of("north", 7, "south", 5, "west", 5), 19, 5);
        // then the remainder 2 is too small: South (smallest, first by id) is hidden too, leaving 7
        assertEquals(Set.of("north", "west"), shown);
    }

    @Test
    void answers_that_no_longer_fit_a_changed_question_are_left_out() {
        // given a 7 given when clarity was a 0-10 scale, now a 1-5 agreement
        List<Response> responses = answers("north", "clarity", "5", "4", "4", "3", "2", "7");
        // when
        SurveyResults results = ResultsCalculator.calculate(survey(), run(1, Q1_OPENS, Map.of("north", 6)), responses, Optional.empty());
        // then
        assertEquals(5, results.everyone().questions().get(0).answered());
        assertEquals(Optional.of(d("3.60")), results.everyone().questions().get(0).mean());
    }
}
