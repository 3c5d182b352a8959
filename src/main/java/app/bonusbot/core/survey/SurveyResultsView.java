package app.bonusbot.core.survey;

import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.Reply;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Survey results as a reply: response rate, and per question the mean, the change since the previous round and how
 * many gave each answer, for everyone and each team, or for the viewer's teams only. Comments appear once: under
 * everyone in the full view, under the team in a team's view.
 */
public final class SurveyResultsView {

    private final SurveyWording w;
    private final Directory directory;

    public SurveyResultsView(SurveyWording wording, Directory directory) {
        this.w = wording;
        this.directory = directory;
    }

    /** @param teams empty for everything; else only these teams */
    public SurveyResultsAnswer render(Survey survey, Optional<SurveyResults> results, Optional<SurveyReports.Progress> open, Optional<List<String>> teams) {
        String title = w.t("results.header", w.surveyName(survey));
        Reply.Builder reply = Reply.builder(w.t("results.summary", w.surveyName(survey))).header(title);
        open.ifPresent(p -> reply.text(w.t("results.open", w.moment(p.run().closesAt()), p.respondents(), p.run().audienceSize(),
                w.percent(rate(p.respondents(), p.run().audienceSize())))));
        if (results.isEmpty()) {
            reply.text(w.t("results.none_yet"));
            return SurveyResultsAnswer.text(reply.build());
        }
        SurveyResults r = results.get();
        reply.subheading(w.t("results.round", w.moment(r.run().opensAt()), w.moment(r.run().endedAt())));
        List<GroupResult> shown = new ArrayList<>();
        if (teams.isEmpty()) {
            shown.add(r.everyone());
            group(reply, r, r.everyone(), true);
            if (r.teams().size() > 1) {
                for (GroupResult team : r.teams()) {
                    reply.divider();
                    group(reply, r, team, false);
                    shown.add(team);
                }
            }
        } else {
            List<GroupResult> mine = teams.get().stream().flatMap(t -> r.team(t).stream()).toList();
            if (mine.isEmpty()) {
                reply.text(w.t("results.not_your_teams", String.join(", ", teams.get().stream().map(this::teamName).toList())));
            }
            for (GroupResult team : mine) {
                group(reply, r, team, true);
                shown.add(team);
            }
        }
        List<SurveyChart> charts = shown.stream().filter(GroupResult::shown).findFirst().map(g -> SurveyChart.of(survey, g, w)).orElse(List.of());
        if (!charts.isEmpty()) {
            reply.context(w.t("results.chart"));
        }
        reply.context(w.t("results.context", survey.minGroupSize()));
        return new SurveyResultsAnswer(reply.build(), charts);
    }

    private void group(Reply.Builder reply, SurveyResults r, GroupResult group, boolean comments) {
        Survey survey = r.survey();
        reply.subheading(group.team().map(t -> w.t("results.team", teamName(t))).orElse(w.t("results.everyone")));
        reply.fields(List.of(new Block.Field(w.t("results.response_rate"),
                w.t("results.response_rate_value", group.respondents(), group.audience(), w.percent(group.responseRate())))));
        if (!group.shown()) {
            reply.context(w.t("results.group_hidden", group.respondents(), survey.minGroupSize()));
            return;
        }
        int number = 1;
        for (QuestionResult result : group.questions()) {
            Question question = result.question();
            boolean freeText = question.type() == QuestionType.FREE_TEXT;
            if (freeText && !comments) {
                number++;
                continue;
            }
            reply.text(w.t("feedback.question", number++, w.questionText(question)));
            question.prerequisite().ifPresent(p -> reply.context(w.t(p.textKey())));
            if (!result.shown()) {
                reply.context(w.t("results.question_hidden", result.answered(), survey.minGroupSize()));
            } else if (freeText) {
                reply.context(w.t("results.comments"));
                if (result.freeTexts().isEmpty()) {
                    reply.text(w.t("results.no_comments"));
                }
                result.freeTexts().forEach(text -> reply.text("• " + text));
            } else {
                reply.fields(figures(result, r.previous().isPresent()));
            }
        }
    }

    /** @param hadPreviousRound whether a missing change means the previous round hid the question rather than did not exist */
    private List<Block.Field> figures(QuestionResult result, boolean hadPreviousRound) {
        List<Block.Field> fields = new ArrayList<>();
        QuestionType type = result.question().type();
        if (result.mean().isPresent()) {
            fields.add(new Block.Field(w.t("results.mean"), w.t("results.mean_value", w.decimal(result.mean().get()), type.low(), type.high())));
            fields.add(new Block.Field(w.t("results.change"), result.change().map(w::change)
                    .orElse(w.t(hadPreviousRound ? "results.previous_hidden" : "results.no_change"))));
        }
        List<String> counts = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : result.distribution().entrySet()) {
            String label = type == QuestionType.SINGLE_CHOICE ? w.valueLabel(result.question(), entry.getKey()) : entry.getKey();
            counts.add(label + ": " + entry.getValue());
        }
        fields.add(new Block.Field(w.t("results.answers"), String.join(" · ", counts)));
        return fields;
    }

    private String teamName(String teamId) {
        return directory.team(teamId).map(Team::name).orElse(teamId);
    }

    private static BigDecimal rate(int respondents, int audience) {
        return audience == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(respondents).divide(BigDecimal.valueOf(audience), 4, RoundingMode.HALF_UP);
    }
}
