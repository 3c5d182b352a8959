package app.bonusbot.cli;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.survey.GroupResult;
import app.bonusbot.core.survey.QuestionResult;
import app.bonusbot.core.survey.QuestionType;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.survey.SurveyReports;
import app.bonusbot.core.survey.SurveyResults;
import app.bonusbot.core.survey.SurveyRun;
import app.bonusbot.core.survey.SurveyWording;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stable {@code --json} form of survey results (documented in the README). Means and changes are strings with
 * exactly two decimals, rates ratio strings with six, so no JSON reader turns them into floating point. Hidden groups
 * and questions say so ({@code "shown": false}) and carry counts only.
 */
final class SurveyResultsJson {

    private final ObjectMapper mapper;
    private final SurveyWording w;

    SurveyResultsJson(ObjectMapper mapper, SurveyWording wording) {
        this.mapper = mapper;
        this.w = wording;
    }

    /** @param teams empty for everyone and every team (comments under everyone); else these teams, with their comments */
    ObjectNode of(Survey survey, Optional<SurveyResults> results, Optional<SurveyReports.Progress> open, Optional<List<String>> teams) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode about = root.putObject("survey");
        about.put("id", survey.id());
        about.put("name", survey.name().in(Language.EN));
        about.put("min_group_size", survey.minGroupSize());
        if (open.isPresent()) {
            ObjectNode progress = round(root.putObject("open_round"), open.get().run());
            progress.put("respondents", open.get().respondents());
            progress.put("response_rate", StatementJson.ratio(rate(open.get().respondents(), open.get().run().audienceSize())));
        } else {
            root.putNull("open_round");
        }
        if (results.isEmpty()) {
            root.putNull("round");
            root.putNull("previous_round");
            root.putArray("groups");
            return root;
        }
        SurveyResults r = results.get();
        round(root.putObject("round"), r.run());
        if (r.previous().isPresent()) {
            round(root.putObject("previous_round"), r.previous().get());
        } else {
            root.putNull("previous_round");
        }
        ArrayNode groups = root.putArray("groups");
        if (teams.isEmpty()) {
            groups.add(group(r.everyone(), true));
            r.teams().forEach(g -> groups.add(group(g, false)));
        } else {
            teams.get().forEach(t -> r.team(t).ifPresent(g -> groups.add(group(g, true))));
        }
        return root;
    }

    private static ObjectNode round(ObjectNode node, SurveyRun run) {
        node.put("id", run.id());
        node.put("opens_at", run.opensAt().toString());
        node.put("closes_at", run.closesAt().toString());
        node.put("closed_at", run.closedAt().map(Object::toString).orElse(null));
        node.put("audience", run.audienceSize());
        return node;
    }

    private ObjectNode group(GroupResult group, boolean comments) {
        ObjectNode node = mapper.createObjectNode();
        node.put("team", group.team().orElse(null));
        node.put("audience", group.audience());
        node.put("respondents", group.respondents());
        node.put("response_rate", StatementJson.ratio(group.responseRate()));
        node.put("shown", group.shown());
        ArrayNode questions = node.putArray("questions");
        if (group.shown()) {
            for (QuestionResult result : group.questions()) {
                if (result.question().type() != QuestionType.FREE_TEXT || comments) {
                    questions.add(question(result));
                }
            }
        }
        return node;
    }

    private ObjectNode question(QuestionResult result) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", result.question().id());
        node.put("type", result.question().type().configName());
        node.put("prerequisite", result.question().prerequisite().map(p -> p.configName()).orElse(null));
        node.put("text", w.questionText(result.question()));
        node.put("answers", result.answered());
        node.put("shown", result.shown());
        if (!result.shown()) {
            return node;
        }
        if (result.question().type().numeric()) {
            node.put("mean", decimal(result.mean()));
            node.put("previous_mean", decimal(result.previousMean()));
            node.put("change", decimal(result.change()));
        }
        if (!result.distribution().isEmpty()) {
            ObjectNode distribution = node.putObject("distribution");
            for (Map.Entry<String, Integer> entry : result.distribution().entrySet()) {
                distribution.put(entry.getKey(), entry.getValue());
            }
        }
        if (result.question().type() == QuestionType.FREE_TEXT) {
            ArrayNode comments = node.putArray("comments");
            result.freeTexts().forEach(comments::add);
        }
        return node;
    }

    private static String decimal(Optional<BigDecimal> value) {
        return value.map(v -> v.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse(null);
    }

    private static BigDecimal rate(int respondents, int audience) {
        return audience == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(respondents).divide(BigDecimal.valueOf(audience), 6, RoundingMode.HALF_UP);
    }
}
