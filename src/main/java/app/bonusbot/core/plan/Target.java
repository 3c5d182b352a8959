package app.bonusbot.core.plan;

import java.math.BigDecimal;

/**
 * A target for one person or team, plan and period. For a team plan, {@code targetBonus} is the team's pool.
 *
 * @param targetBonus null when only the target is set (the plan's default then applies)
 */
public record Target(OwnerKind ownerKind, String ownerId, String planId, String periodKey, BigDecimal target, BigDecimal targetBonus) {}
