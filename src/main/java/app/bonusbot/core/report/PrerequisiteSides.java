package app.bonusbot.core.report;

import app.bonusbot.core.survey.Prerequisite;
import app.bonusbot.core.survey.Question;
import app.bonusbot.core.survey.QuestionType;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Each prerequisite beside the plan outcome it speaks about. A round's answer to a prerequisite is the mean of the
 * shown means of the questions tagged with it (everyone's, so no slice beyond what the survey results show), each on
 * the 1–5 scale: a 0–10 mean m counts as 1 + 0.4 m.
 */
final class PrerequisiteSides {

    private static final BigDecimal TEN_TO_FIVE = new BigDecimal("0.4");

    private PrerequisiteSides() {}

    /** @param configured the surveys as configured, for their questions' scales */
    static List<PrerequisiteSide> of(List<SurveyHealth> surveys, List<Survey> configured, List<PlanHealth> plans, List<CompanyPeriod> company,
            PlanChanges changes) {
        List<PrerequisiteSide> sides = new ArrayList<>();
        for (Prerequisite prerequisite : Prerequisite.values()) {
            PlanOutcome outcome = PlanOutcome.of(prerequisite);
            List<PrerequisiteSide.OutcomePoint> outcomes = new ArrayList<>();
            for (CompanyPeriod period : company) {
                outcomes.add(new PrerequisiteSide.OutcomePoint(period.period(), outcome(outcome, period, plans, changes, surveys)));
            }
            sides.add(new PrerequisiteSide(prerequisite, answers(prerequisite, surveys, configured), outcome, outcomes));
        }
        return sides;
    }

    /** The prerequisite's mean per round, every survey's rounds in the order they opened. */
    static List<TrendPoint> answers(Prerequisite prerequisite, List<SurveyHealth> surveys, List<Survey> configured) {
        List<TrendPoint> points = new ArrayList<>();
        for (SurveyHealth survey : surveys) {
            Optional<Survey> config = configured.stream().filter(c -> c.id().equals(survey.surveyId())).findFirst();
            for (SurveyRoundHealth round : survey.rounds()) {
                List<BigDecimal> means = new ArrayList<>();
                for (QuestionFigures question : round.questions()) {
                    if (question.prerequisite().filter(prerequisite::equals).isEmpty()) {
                        continue;
                    }
                    question.figures().shownValue().flatMap(QuestionFigures.Answers::mean)
                            .ifPresent(mean -> means.add(onFivePoints(mean, config.flatMap(c -> c.question(question.questionId())))));
                }
                Optional<BigDecimal> mean = means.isEmpty() ? Optional.empty()
                        : Optional.of(means.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(means.size()), 2, RoundingMode.HALF_UP));
                points.add(new TrendPoint(round.runId(), round.opened(), mean));
            }
        }
        points.sort(Comparator.comparing(TrendPoint::opened).thenComparing(TrendPoint::runId));
        return points;
    }

    private static BigDecimal onFivePoints(BigDecimal mean, Optional<Question> question) {
        return question.map(Question::type).filter(QuestionType.SCALE_0_10::equals).isPresent() ? BigDecimal.ONE.add(TEN_TO_FIVE.multiply(mean)) : mean;
    }

    private static Optional<BigDecimal> outcome(PlanOutcome outcome, CompanyPeriod period, List<PlanHealth> plans, PlanChanges changes,
            List<SurveyHealth> surveys) {
        return switch (outcome) {
            case PLAN_CHANGES -> Optional.of(BigDecimal.valueOf(changes.within(period.period().start(), period.period().end()).size()));
            case COST_OF_SALES -> period.cost().shownValue().flatMap(PayoutCost::costOfSales);
            case REACHED_THRESHOLD -> pooled(plans, period.period(), true);
            case ABOVE_TARGET -> pooled(plans, period.period(), false);
            case RESPONSE_RATE -> responseRate(surveys, period.period());
        };
    }

    /**
     * Every survey's rounds that opened in the period together: their respondents over their audiences. Everyone's
     * counts only, which every round shows whatever its size (no team's).
     */
    private static Optional<BigDecimal> responseRate(List<SurveyHealth> surveys, Period period) {
        int respondents = 0;
        int audience = 0;
        for (SurveyHealth survey : surveys) {
            for (SurveyRoundHealth round : survey.rounds()) {
                if (!round.opened().isBefore(period.start()) && !round.opened().isAfter(period.end())) {
                    respondents += round.respondents();
                    audience += round.audience();
                }
            }
        }
        return audience == 0 ? Optional.empty() : Optional.of(Share.of(respondents, audience).percent());
    }

    /** Over every performance plan's sellers in the period: the share who reached the threshold, or target. */
    private static Optional<BigDecimal> pooled(List<PlanHealth> plans, Period period, boolean threshold) {
        int count = 0;
        int measured = 0;
        for (PlanHealth plan : plans) {
            for (PlanPeriod p : plan.periods()) {
                if (p.period().end().isBefore(period.start()) || p.period().end().isAfter(period.end())) {
                    continue;
                }
                if (p.figures() instanceof PlanFigures.Performance perf && perf.attainment().isPresent()) {
                    AttainmentSpread spread = perf.attainment().get();
                    if (threshold && spread.threshold().isEmpty()) {
                        continue;
                    }
                    count += threshold ? spread.reachedThreshold().count() : spread.aboveTarget().count();
                    measured += spread.measured();
                }
            }
        }
        return measured == 0 ? Optional.empty() : Optional.of(Share.of(count, measured).percent());
    }
}
