package app.bonusbot.core.plan;

import java.math.BigDecimal;

/** Paid once the person has been employed for {@code months}, if they have not left before that date. */
public record Installment(int months, BigDecimal amount) {}
