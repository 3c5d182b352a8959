package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.survey.Audience;
import app.bonusbot.core.survey.Prerequisite;
import app.bonusbot.core.survey.Question;
import app.bonusbot.core.survey.QuestionType;
import app.bonusbot.core.survey.Reminder;
import app.bonusbot.core.survey.Survey;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveysConfigTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private static final String SURVEY = """
            surveys:
              - id: pulse
                name: {en: Bonus pulse, da: Bonuspuls}
                schedule: "0 10 1 1,4,7,10 *"
                open_days: 14
                remind_before: {days: 2, at: "09:00"}
                audience: all_sellers
                questions:
                  - id: clarity
                    type: likert_5
                    prerequisite: clarity
                    text: {en: I understand my bonus., da: Jeg forstår min bonus.}
                  - id: first
                    type: single_choice
                    text: {en: What first, da: Hvad først}
                    options:
                      - {id: targets, label: {en: Targets, da: Mål}}
                      - {id: rates, label: {en: Rates, da: Satser}}
                  - id: comments
                    type: free_text
                    text: {en: Anything else, da: Andet}
            """;

    @TempDir
    Path dir;

    private List<String> problemsWith(String surveys) {
        return ConfigDir.valid(dir).with("surveys.yaml", surveys).problems();
    }

    @Test
    void without_surveys_yaml_nobody_is_asked_anything() {
        // when
        BotConfig config = ConfigDir.valid(dir).load();
        // then
        assertEquals(List.of(), config.surveys());
    }

    @Test
    void a_survey_is_read_with_its_schedule_in_the_company_zone_reminder_audience_questions_and_the_default_k_of_five() {
        // when
        Survey survey = ConfigDir.valid(dir).with("surveys.yaml", SURVEY).load().surveys().get(0);
        // then
        assertEquals("pulse", survey.id());
        assertEquals("Bonuspuls", survey.name().in(Language.DA));
        assertEquals(14, survey.openDays());
        assertEquals(Optional.of(new Reminder(2, LocalTime.of(9, 0))), survey.reminder());
        assertEquals(new Audience.AllSellers(), survey.audience());
        assertEquals(5, survey.minGroupSize());
        assertEquals(ZonedDateTime.of(2027, 4, 1, 10, 0, 0, 0, COPENHAGEN),
                survey.schedule().nextAfter(ZonedDateTime.of(2027, 1, 1, 10, 0, 0, 0, COPENHAGEN)).orElseThrow());
        assertEquals(List.of(QuestionType.LIKERT_5, QuestionType.SINGLE_CHOICE, QuestionType.FREE_TEXT),
                survey.questions().stream().map(q -> q.type()).toList());
        assertEquals(Optional.of(Prerequisite.CLARITY), survey.questions().get(0).prerequisite());
        assertEquals("Satser", survey.questions().get(1).options().get(1).label().in(Language.DA));
    }

    @Test
    void a_team_audience_names_a_team_of_people_yaml_and_managers_is_a_word() {
        // when
        BotConfig team = ConfigDir.valid(dir).with("surveys.yaml", SURVEY.replace("audience: all_sellers", "audience: {team: sales}")).load();
        BotConfig managers = ConfigDir.valid(dir).with("surveys.yaml", SURVEY.replace("audience: all_sellers", "audience: managers")).load();
        List<String> unknown = problemsWith(SURVEY.replace("audience: all_sellers", "audience: {team: sails}"));
        List<String> badWord = problemsWith(SURVEY.replace("audience: all_sellers", "audience: everyone"));
        // then
        assertEquals(new Audience.OfTeam("sales"), team.surveys().get(0).audience());
        assertEquals(new Audience.Managers(), managers.surveys().get(0).audience());
        assertEquals(List.of("surveys.yaml:7 surveys[0].audience.team: no team 'sails' in people.yaml"), unknown);
        assertEquals(List.of("surveys.yaml:7 surveys[0].audience: must be one of all_sellers, managers, not 'everyone'"), badWord);
    }

    @Test
    void k_below_three_is_a_config_error_and_three_is_allowed() {
        // when
        List<String> two = problemsWith(SURVEY.replace("    audience: all_sellers\n", "    audience: all_sellers\n    min_group_size: 2\n"));
        BotConfig three = ConfigDir.valid(dir).with("surveys.yaml",
                SURVEY.replace("    audience: all_sellers\n", "    audience: all_sellers\n    min_group_size: 3\n")).load();
        // then
        assertEquals(List.of("surveys.yaml:8 surveys[0].min_group_size: must be at least 3: with fewer, people who compare notes could work out a"
                + " colleague's answers"), two);
        assertEquals(3, three.surveys().get(0).minGroupSize());
    }

    @Test
    void every_text_must_be_given_in_english_and_danish() {
        // when
        List<String> problems = problemsWith(SURVEY.replace("{en: Anything else, da: Andet}", "Anything else")
                .replace("{id: rates, label: {en: Rates, da: Satser}}", "{id: rates, label: {da: Satser}}"));
        // then
        assertEquals(List.of("surveys.yaml:18 surveys[0].questions[1].options[1].label: give the text in every language, as {en: ..., da: ...}: en is missing",
                "surveys.yaml:21 surveys[0].questions[2].text: give the text in every language, as {en: ..., da: ...}: da is missing"), problems);
    }

    @Test
    void a_bad_schedule_type_prerequisite_and_reminder_are_each_reported_with_file_line_and_field() {
        // when
        List<String> problems = problemsWith(SURVEY.replace("\"0 10 1 1,4,7,10 *\"", "\"0 25 1 1 *\"")
                .replace("remind_before: {days: 2, at: \"09:00\"}", "remind_before: {days: 14, at: \"9.00\"}")
                .replace("type: likert_5", "type: likert")
                .replace("prerequisite: clarity", "prerequisite: clearness"));
        // then
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("surveys.yaml:4 surveys[0].schedule: the hour field '25'"), problems.toString());
        assertTrue(problems.get(1).startsWith("surveys.yaml:6 surveys[0].remind_before.days: must be less than open_days (14)"), problems.toString());
        assertEquals("surveys.yaml:6 surveys[0].remind_before.at: must be a time of day written HH:mm (00:00–23:59), not '9.00'", problems.get(2));
        assertEquals("surveys.yaml:10 surveys[0].questions[0].type: must be one of likert_5, scale_0_10, single_choice, free_text, not 'likert'"
                + " (did you mean 'likert_5'?)", problems.get(3));
        assertEquals("surveys.yaml:11 surveys[0].questions[0].prerequisite: must be one of clarity, relevance, achievability, evaluation, motivation, not"
                + " 'clearness'", problems.get(4));
    }

    @Test
    void a_schedule_that_opens_rounds_closer_than_open_days_is_refused() {
        // when
        List<String> problems = problemsWith(SURVEY.replace("\"0 10 1 1,4,7,10 *\"", "\"MON 10:00\""));
        // then
        assertEquals(List.of("surveys.yaml:4 surveys[0].schedule: 'MON 10:00' opens rounds less than open_days (14) apart (2027-01-04T10:00 and"
                + " 2027-01-11T10:00), so one would still be open when the next opens: open them further apart or shorten open_days"), problems);
    }

    @Test
    void options_belong_to_single_choice_questions_only_and_a_single_choice_needs_two() {
        // when
        List<String> problems = problemsWith(SURVEY
                .replace("\n          - {id: rates, label: {en: Rates, da: Satser}}", "")
                .replace("\n        text: {en: Anything else, da: Andet}", "\n        text: {en: Anything else, da: Andet}\n        options: []"));
        // then
        assertEquals(List.of("surveys.yaml:17 surveys[0].questions[1].options: a single choice needs at least 2 options",
                "surveys.yaml:21 surveys[0].questions[2].options: only single_choice questions have options, not free_text"), problems);
    }

    @Test
    void ids_of_surveys_questions_and_options_must_be_unique() {
        // when
        List<String> problems = problemsWith(SURVEY.replace("  - id: comments", "  - id: clarity").replace("{id: rates,", "{id: targets,"));
        // then
        assertEquals(List.of("surveys.yaml:18 surveys[0].questions[1].options[1].id: option id 'targets' is used twice (first on line 17)",
                "surveys.yaml:19 surveys[0].questions[2].id: question id 'clarity' is used twice (first on line 9)"), problems);
    }

    @Test
    void a_question_tagged_evaluation_is_about_continuous_evaluation_and_motivation_still_reads() {
        // GIVEN the first question tagged evaluation, and a copy of it tagged motivation as configs written before say
        String evaluation = SURVEY.replace("prerequisite: clarity", "prerequisite: evaluation");
        String motivation = SURVEY.replace("prerequisite: clarity", "prerequisite: motivation");
        // WHEN they are read
        Survey evaluated = ConfigDir.valid(dir).with("surveys.yaml", evaluation).load().surveys().get(0);
        Survey motivated = ConfigDir.valid(dir).with("surveys.yaml", motivation).load().surveys().get(0);
        // THEN each question has its prerequisite
        assertEquals(Optional.of(Prerequisite.EVALUATION), evaluated.questions().get(0).prerequisite());
        assertEquals(Optional.of(Prerequisite.MOTIVATION), motivated.questions().get(0).prerequisite());
    }

    @Test
    void the_demo_survey_asks_about_clarity_relevance_realistic_targets_and_evaluation() {
        // WHEN the demo configuration is read
        Survey survey = ConfigLoader.load(Path.of("bot-config")).surveys().get(0);
        // THEN a question is tagged with each of the four prerequisites, and motivation as a fifth
        List<Prerequisite> tagged = survey.questions().stream().flatMap(q -> q.prerequisite().stream()).distinct().toList();
        assertTrue(tagged.containsAll(List.of(Prerequisite.CLARITY, Prerequisite.RELEVANCE, Prerequisite.ACHIEVABILITY, Prerequisite.EVALUATION)),
                tagged.toString());
        Question evaluation = survey.questions().stream().filter(q -> q.prerequisite().equals(Optional.of(Prerequisite.EVALUATION))).findFirst().orElseThrow();
        assertEquals(QuestionType.LIKERT_5, evaluation.type());
        assertEquals("The plan is evaluated and adjusted based on our feedback.", evaluation.text().in(Language.EN));
    }

    @Test
    void the_demo_survey_asks_about_every_prerequisite_and_ends_with_free_text() {
        // when
        BotConfig demo = ConfigLoader.load(Path.of("bot-config"));
        // then
        Survey survey = demo.surveys().get(0);
        assertEquals(List.of(Prerequisite.values()).stream().sorted().toList(),
                survey.questions().stream().flatMap(q -> q.prerequisite().stream()).distinct().sorted().toList());
        assertEquals(QuestionType.FREE_TEXT, survey.questions().get(survey.questions().size() - 1).type());
        assertTrue(survey.questions().stream().allMatch(q -> !q.text().in(Language.DA).equals(q.text().in(Language.EN))));
        assertEquals("0 10 1 1,4,7,10 *", survey.scheduleText());
    }
}
