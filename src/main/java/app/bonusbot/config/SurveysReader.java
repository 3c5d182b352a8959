package app.bonusbot.config;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.schedule.CronSchedule;
import app.bonusbot.core.survey.Audience;
import app.bonusbot.core.survey.ChoiceOption;
import app.bonusbot.core.survey.Prerequisite;
import app.bonusbot.core.survey.Question;
import app.bonusbot.core.survey.QuestionType;
import app.bonusbot.core.survey.Reminder;
import app.bonusbot.core.survey.Survey;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** surveys.yaml: feedback surveys on the bonus plan, their questions, schedule, audience and anonymity threshold. */
final class SurveysReader {

    private static final List<String> SURVEY_FIELDS =
            List.of("id", "name", "schedule", "open_days", "remind_before", "audience", "min_group_size", "questions");
    private static final List<String> QUESTION_FIELDS = List.of("id", "type", "text", "options", "prerequisite");
    private static final List<String> OPTION_FIELDS = List.of("id", "label");
    private static final Map<String, QuestionType> TYPES = YamlNode.choicesOf(QuestionType.values());
    private static final Map<String, Prerequisite> PREREQUISITES = YamlNode.choicesOf(Prerequisite.values());
    private static final Map<String, String> AUDIENCES = YamlNode.words(List.of("all_sellers", "managers"));
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final int MOST_OPEN_DAYS = 90;

    private final References references;
    private final Optional<ZoneId> zone;
    private final Map<String, YamlNode> surveyIds = new LinkedHashMap<>();

    /** @param zone the company's zone; empty when settings.yaml is broken (schedules are then checked in UTC) */
    SurveysReader(References references, Optional<ZoneId> zone) {
        this.references = references;
        this.zone = zone;
    }

    /** Empty when anything is wrong; every problem is reported. */
    Optional<List<Survey>> read(YamlNode root) {
        Optional<YamlMap> file = root.map();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<YamlNode>> entries = file.get().only(List.of("surveys")).required("surveys").flatMap(YamlNode::list);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        List<Survey> surveys = new ArrayList<>();
        boolean ok = true;
        for (YamlNode entry : entries.get()) {
            Optional<Survey> survey = entry.map().flatMap(this::survey);
            ok &= survey.isPresent();
            survey.ifPresent(surveys::add);
        }
        return ok ? Optional.of(surveys) : Optional.empty();
    }

    private Optional<Survey> survey(YamlMap entry) {
        YamlMap m = entry.only(SURVEY_FIELDS);
        Optional<String> id = m.required("id").flatMap(n -> n.uniqueId(surveyIds, "survey"));
        Optional<LocalizedText> name = m.required("name").flatMap(SurveysReader::bothLanguages);
        Optional<Integer> openDays = m.required("open_days").flatMap(n -> n.wholeNumber(1)).filter(days -> {
            if (days > MOST_OPEN_DAYS) {
                m.report("open_days", "must be at most " + MOST_OPEN_DAYS + " days");
                return false;
            }
            return true;
        });
        Optional<CronSchedule> schedule = m.required("schedule").flatMap(this::schedule);
        boolean overlapping = schedule.isPresent() && openDays.isPresent() && overlapping(m, schedule.get(), openDays.get());
        Optional<Optional<Reminder>> reminder = m.optional("remind_before").map(n -> reminder(n, openDays).map(Optional::of))
                .orElse(Optional.of(Optional.empty()));
        Optional<Audience> audience = m.required("audience").flatMap(this::audience);
        Optional<Integer> k = m.optional("min_group_size").map(SurveysReader::minGroupSize).orElse(Optional.of(Survey.DEFAULT_MIN_GROUP_SIZE));
        Optional<List<Question>> questions = m.required("questions").flatMap(YamlNode::nonEmptyList).flatMap(SurveysReader::questions);
        if (id.isEmpty() || name.isEmpty() || schedule.isEmpty() || openDays.isEmpty() || overlapping || reminder.isEmpty() || audience.isEmpty() || k.isEmpty() || questions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Survey(id.get(), name.get(), questions.get(), schedule.get(), schedule.get().text(), openDays.get(), reminder.get(),
                audience.get(), k.get()));
    }

    private Optional<CronSchedule> schedule(YamlNode node) {
        return node.text().flatMap(text -> {
            try {
                return Optional.of(CronSchedule.parse(text, zone.orElse(ZoneOffset.UTC)));
            } catch (IllegalArgumentException e) {
                node.report(e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** A round still open when the next one opens would leave people two forms of one survey at once. */
    private static boolean overlapping(YamlMap m, CronSchedule schedule, int openDays) {
        Optional<String> clash = firstOverlap(schedule, openDays);
        clash.ifPresent(c -> m.report("schedule", "'" + schedule.text() + "' opens rounds less than open_days (" + openDays + ") apart (" + c
                + "), so one would still be open when the next opens: open them further apart or shorten open_days"));
        return clash.isPresent();
    }

    /** Two openings within two years closer than open_days, if there are any. */
    private static Optional<String> firstOverlap(CronSchedule schedule, int openDays) {
        ZonedDateTime from = ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, schedule.zone());
        Optional<ZonedDateTime> previous = schedule.nextAfter(from);
        while (previous.isPresent() && previous.get().isBefore(from.plusYears(2))) {
            Optional<ZonedDateTime> next = schedule.nextAfter(previous.get());
            if (next.isPresent() && next.get().isBefore(previous.get().plusDays(openDays))) {
                return Optional.of(previous.get().toLocalDateTime() + " and " + next.get().toLocalDateTime());
            }
            previous = next;
        }
        return Optional.empty();
    }

    /** {@code remind_before: {days: 2, at: "09:00"}}: the reminder goes out that many days before the closing day. */
    private static Optional<Reminder> reminder(YamlNode node, Optional<Integer> openDays) {
        Optional<YamlMap> given = node.map();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = given.get().only(List.of("days", "at"));
        Optional<Integer> days = m.required("days").flatMap(n -> n.wholeNumber(0)).filter(d -> {
            if (openDays.isPresent() && d >= openDays.get()) {
                m.report("days", "must be less than open_days (" + openDays.get() + "): the reminder has to come while the round is open");
                return false;
            }
            return true;
        });
        Optional<LocalTime> at = m.required("at").flatMap(SurveysReader::time);
        return days.isPresent() && at.isPresent() ? Optional.of(new Reminder(days.get(), at.get())) : Optional.empty();
    }

    private static Optional<LocalTime> time(YamlNode node) {
        return node.text().flatMap(text -> {
            Matcher m = TIME.matcher(text);
            if (m.matches() && Integer.parseInt(m.group(1)) <= 23 && Integer.parseInt(m.group(2)) <= 59) {
                return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            node.report("must be a time of day written HH:mm (00:00–23:59), not '" + text + "'");
            return Optional.empty();
        });
    }

    /** {@code all_sellers}, {@code managers}, or {@code {team: nordics}}. */
    private Optional<Audience> audience(YamlNode node) {
        if (node.isMap()) {
            YamlMap m = node.map().orElseThrow().only(List.of("team"));
            Optional<YamlNode> teamNode = m.required("team");
            Optional<String> team = teamNode.flatMap(YamlNode::id);
            team.ifPresent(t -> references.team(teamNode.get(), t));
            return team.map(Audience.OfTeam::new);
        }
        return node.choice(AUDIENCES).map(word -> word.equals("managers") ? new Audience.Managers() : new Audience.AllSellers());
    }

    private static Optional<Integer> minGroupSize(YamlNode node) {
        return node.wholeNumber(0).filter(k -> {
            if (k < Survey.LOWEST_MIN_GROUP_SIZE) {
                node.report("must be at least " + Survey.LOWEST_MIN_GROUP_SIZE + ": with fewer, people who compare notes could work out a colleague's answers");
                return false;
            }
            return true;
        });
    }

    private static Optional<List<Question>> questions(List<YamlNode> entries) {
        Map<String, YamlNode> ids = new LinkedHashMap<>();
        List<Question> questions = new ArrayList<>();
        boolean ok = true;
        for (YamlNode entry : entries) {
            Optional<Question> question = entry.map().flatMap(m -> question(m, ids));
            ok &= question.isPresent();
            question.ifPresent(questions::add);
        }
        return ok ? Optional.of(questions) : Optional.empty();
    }

    private static Optional<Question> question(YamlMap entry, Map<String, YamlNode> ids) {
        YamlMap m = entry.only(QUESTION_FIELDS);
        Optional<String> id = m.required("id").flatMap(n -> n.uniqueId(ids, "question"));
        Optional<QuestionType> type = m.required("type").flatMap(n -> n.choice(TYPES));
        Optional<LocalizedText> text = m.required("text").flatMap(SurveysReader::bothLanguages);
        Optional<Optional<Prerequisite>> prerequisite = m.optional("prerequisite").map(n -> n.choice(PREREQUISITES).map(Optional::of))
                .orElse(Optional.of(Optional.empty()));
        Optional<List<ChoiceOption>> options = Optional.of(List.of());
        if (type.isPresent() && type.get() == QuestionType.SINGLE_CHOICE) {
            options = m.required("options").flatMap(YamlNode::list).flatMap(list -> {
                if (list.size() < 2) {
                    m.report("options", "a single choice needs at least 2 options");
                    return Optional.empty();
                }
                return options(list);
            });
        } else if (type.isPresent() && m.has("options")) {
            m.report("options", "only single_choice questions have options, not " + type.get().configName());
            options = Optional.empty();
        }
        if (id.isEmpty() || type.isEmpty() || text.isEmpty() || prerequisite.isEmpty() || options.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Question(id.get(), type.get(), text.get(), options.get(), prerequisite.get()));
    }

    private static Optional<List<ChoiceOption>> options(List<YamlNode> entries) {
        Map<String, YamlNode> ids = new LinkedHashMap<>();
        List<ChoiceOption> options = new ArrayList<>();
        boolean ok = true;
        for (YamlNode entry : entries) {
            Optional<YamlMap> given = entry.map();
            if (given.isEmpty()) {
                ok = false;
                continue;
            }
            YamlMap m = given.get().only(OPTION_FIELDS);
            Optional<String> id = m.required("id").flatMap(n -> n.uniqueId(ids, "option"));
            Optional<LocalizedText> label = m.required("label").flatMap(SurveysReader::bothLanguages);
            ok &= id.isPresent() && label.isPresent();
            if (id.isPresent() && label.isPresent()) {
                options.add(new ChoiceOption(id.get(), label.get()));
            }
        }
        return ok ? Optional.of(options) : Optional.empty();
    }

    /** Survey texts in both languages: everyone answers in their own, and a fallback would put half a form in another. */
    private static Optional<LocalizedText> bothLanguages(YamlNode node) {
        Optional<LocalizedText> text = PlansReader.text(node);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Language> language : SettingsReader.LANGUAGES.entrySet()) {
            if (!text.get().values().containsKey(language.getValue())) {
                missing.add(language.getKey());
            }
        }
        if (!missing.isEmpty()) {
            node.report("give the text in every language, as {en: ..., da: ...}: " + String.join(", ", missing) + " is missing");
            return Optional.empty();
        }
        return text;
    }
}
