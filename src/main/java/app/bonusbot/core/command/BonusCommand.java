package app.bonusbot.core.command;

import app.bonusbot.core.time.PeriodRequest;
import java.math.BigDecimal;
import java.util.Optional;

/** What a person can ask the bot, whatever the chat platform. */
public sealed interface BonusCommand {

    record Status(PeriodRequest period) implements BonusCommand {}

    /** @param planId empty for every plan */
    record Explain(Optional<String> planId, PeriodRequest period) implements BonusCommand {}

    /** @param dealType empty for the default deal type ({@code new}) */
    record WhatIf(BigDecimal amount, Optional<String> dealType) implements BonusCommand {}

    record TeamOverview(PeriodRequest period) implements BonusCommand {}

    /** {@code /bonus statement [period]}: the asker's pay statement of a period, closed or provisional. */
    record ShowStatement(PeriodRequest period) implements BonusCommand {}

    record Help() implements BonusCommand {}

    /**
     * Admins only: another person's status. {@code person} is a person id, e-mail, name or a chat mention
     * ({@code <@U123>} on Slack, {@code <@123>} on Discord).
     */
    record AdminStatus(String person, PeriodRequest period) implements BonusCommand {}

    /** Admins only: another person's pay statement; {@code person} as for {@link AdminStatus}. */
    record AdminStatement(String person, PeriodRequest period) implements BonusCommand {}

    /**
     * {@code /bonus feedback}: without a question, the open survey's form; with one, an answer to it.
     *
     * @param question a question id or number
     * @param answer the rest of the line, as typed
     */
    record Feedback(Optional<String> question, Optional<String> answer) implements BonusCommand {}

    /** {@code /bonus survey results [survey]}: admins and managers only. Empty for the survey that ran last. */
    record ShowSurveyResults(Optional<String> survey) implements BonusCommand {}

    /**
     * {@code /bonus approve [period]}: a manager approves their team's statements of the period. Empty for the period
     * whose approval they were asked for, else the previous quarter.
     */
    record Approve(Optional<PeriodRequest> period) implements BonusCommand {}

    /**
     * {@code /bonus dispute <text> [deal:ID] [plan:ID]}: opens a case about the caller's figures.
     *
     * @param dealId the deal the caller names, as typed
     * @param planId the plan the caller names; empty for all their plans
     */
    record OpenDispute(String text, Optional<String> dealId, Optional<String> planId) implements BonusCommand {}

    /**
     * Admins only: {@code /bonus dispute resolve N [accept [amount] | reject] <answer>}, rejecting unless accepted.
     *
     * @param amount only with {@code accept}: what the case adds to the seller's pay
     */
    record ResolveDispute(long number, boolean accept, Optional<BigDecimal> amount, String answer) implements BonusCommand {}

    /** {@code /bonus disputes}: the caller's own cases, open and resolved. */
    record ListDisputes() implements BonusCommand {}

    /**
     * Admins only: {@code /bonus report [period]}, the plan health report's summary with its main chart and the full
     * report as a file.
     */
    record Report(PeriodRequest period) implements BonusCommand {}

    /** Text that is no command: answered with the reason and the help text. */
    record Malformed(String reasonKey, String detail) implements BonusCommand {}
}
