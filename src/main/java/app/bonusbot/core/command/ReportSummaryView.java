package app.bonusbot.core.command;

import app.bonusbot.core.reply.Block.Field;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.report.Finding;
import app.bonusbot.core.report.FindingWords;
import app.bonusbot.core.report.HealthReport;
import app.bonusbot.core.report.PayoutCost;
import app.bonusbot.core.report.PlanOutcome;
import app.bonusbot.core.report.PrerequisiteSide;
import app.bonusbot.core.report.Slice;
import app.bonusbot.core.report.SurveyRoundHealth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code /bonus report} in chat: the period, five headline figures of the plan health report (cash payout, cost of
 * sales, sellers at threshold and at target, the survey's response rate) and its findings in words. The full report
 * goes with it as a file; the summary says only what the report says.
 */
final class ReportSummaryView {

    private final Wording w;
    private final FindingWords words;

    ReportSummaryView(Wording wording) {
        this.w = wording;
        this.words = new FindingWords(wording.texts(), wording.formats());
    }

    Reply render(HealthReport report) {
        String period = w.period(report.period());
        List<Finding> findings = report.findings();
        Reply.Builder reply = Reply.builder(w.t("report.chat.summary", period, w.count("findings", findings.size())));
        reply.header(w.t("report.chat.header", period));
        reply.fields(headlines(report));
        reply.subheading(w.t("report.findings"));
        if (findings.isEmpty()) {
            reply.text(w.t("report.no_findings"));
        }
        for (Finding finding : findings) {
            reply.text("• " + words.of(finding));
        }
        reply.context(w.t("report.as_of", w.date(report.asOf())));
        return reply.build();
    }

    /** The headline figures, each "not measured" where the report has nothing to show. */
    private List<Field> headlines(HealthReport report) {
        List<Field> fields = new ArrayList<>();
        Slice<PayoutCost> cost = report.latest().cost();
        fields.add(new Field(w.t("report.figure.payout"), cost.shownValue().map(c -> w.money(c.payout())).orElseGet(() -> hidden(cost))));
        fields.add(new Field(w.t("report.figure.cost_of_sales"),
                cost.shownValue().map(c -> c.costOfSales().map(words::percent).orElse(w.t("report.not_measured"))).orElseGet(() -> hidden(cost))));
        fields.add(new Field(w.t("report.figure.reached_threshold"), outcome(report, PlanOutcome.REACHED_THRESHOLD)));
        fields.add(new Field(w.t("report.figure.above_target"), outcome(report, PlanOutcome.ABOVE_TARGET)));
        fields.add(new Field(w.t("report.figure.response_rate"), latestRound(report).map(r -> words.percent(r.responseRate())).orElse(w.t("report.not_measured"))));
        return fields;
    }

    private String hidden(Slice<?> slice) {
        return w.t("report.hidden_people", ((Slice.Hidden<?>) slice).minGroupSize());
    }

    /** The outcome in the report's period, as the prerequisites' side shows it. */
    private String outcome(HealthReport report, PlanOutcome outcome) {
        Optional<BigDecimal> value = report.prerequisites().stream().filter(side -> side.outcome() == outcome)
                .map(PrerequisiteSide::outcomes).filter(points -> !points.isEmpty())
                .map(points -> points.get(points.size() - 1).value()).flatMap(Optional::stream).findFirst();
        return value.map(words::percent).orElse(w.t("report.not_measured"));
    }

    /** The round of any survey that opened last within the report's periods. */
    private static Optional<SurveyRoundHealth> latestRound(HealthReport report) {
        return report.surveys().stream().flatMap(s -> s.rounds().stream()).max(Comparator.comparing(SurveyRoundHealth::opened));
    }
}
