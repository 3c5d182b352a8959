package app.bonusbot.core.report;

/**
 * A team's payout cost, hidden when it is made of fewer than k people or would let one be worked out by subtraction.
 *
 * @param teamName as the directory names it; the id when the team is not in it any more
 */
public record TeamCost(String teamId, String teamName, Slice<PayoutCost> cost) {}
