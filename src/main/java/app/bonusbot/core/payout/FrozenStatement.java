package app.bonusbot.core.payout;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.reply.Reply;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's statement of a closed period as it was frozen: the figures and every answer about them, in every
 * language, so that nothing of the period is ever worked out again. Answers about the period are read from here.
 *
 * @param inputsJson the statement's inputs and lines in the documented {@code --json} form (metric, target,
 *     attainment, proration, plan versions, every line), as {@code bonusbot status --json} printed it at the close
 * @param statements the pay statement in each language
 * @param status the {@code /bonus status} answer in each language
 * @param explain the {@code /bonus explain} answer for every plan, in each language
 * @param explainByPlan the {@code /bonus explain PLAN} answer, by plan id, in each language
 * @param planCash what each plan paid, with the version it was worked out with
 */
public record FrozenStatement(String personId, String periodKey, String inputsJson, Map<Language, PayStatement> statements, Map<Language, Reply> status,
        Map<Language, Reply> explain, Map<String, Map<Language, Reply>> explainByPlan, List<PlanCash> planCash) {

    public FrozenStatement {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(inputsJson, "inputsJson");
        statements = Map.copyOf(statements);
        status = Map.copyOf(status);
        explain = Map.copyOf(explain);
        explainByPlan = Map.copyOf(explainByPlan);
        planCash = List.copyOf(planCash);
    }

    /** The cash paid: the same in every language. */
    public BigDecimal total() {
        return statements.values().iterator().next().total();
    }

    /** The statement in the language asked for, else in any it was frozen in. */
    public PayStatement statement(Language language) {
        return Optional.ofNullable(statements.get(language)).orElseGet(() -> statements.values().iterator().next());
    }

    /**
     * What one plan paid in the closed period.
     *
     * @param versionFrom the first day of the plan version used; empty for a plan without versions (or its first)
     * @param versionDigest the digest of that version's settings (see {@code PlanDigest}): a later edit of the
     *     version changes it
     */
    public record PlanCash(String planId, BigDecimal cash, Optional<java.time.LocalDate> versionFrom, String versionDigest) {}
}
