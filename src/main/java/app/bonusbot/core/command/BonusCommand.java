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

    record Help() implements BonusCommand {}

    /**
     * Admins only: another person's status. {@code person} is a person id, e-mail, name or a chat mention
     * ({@code <@U123>} on Slack, {@code <@123>} on Discord).
     */
    record AdminStatus(String person, PeriodRequest period) implements BonusCommand {}

    /** Text that is no command: answered with the reason and the help text. */
    record Malformed(String reasonKey, String detail) implements BonusCommand {}
}
