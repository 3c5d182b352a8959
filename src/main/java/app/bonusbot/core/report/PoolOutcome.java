package app.bonusbot.core.report;

import app.bonusbot.core.plan.TeamSplit;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One team's pool of a team plan in a period: earned or not, and how the split fell.
 *
 * @param attainment the team's attainment; empty when it has no target
 * @param earned whether the pool paid anything (the threshold met)
 * @param pool the pool earned; hidden like any pay figure of fewer than k people
 * @param sharers how many shared it
 * @param largestShare the largest share as a percentage of the pool; empty when nobody shared
 * @param smallestShare the smallest share as a percentage of the pool; empty when nobody shared
 */
public record PoolOutcome(String teamId, String teamName, Optional<BigDecimal> attainment, boolean earned, Slice<BigDecimal> pool, TeamSplit split,
        int sharers, Optional<BigDecimal> largestShare, Optional<BigDecimal> smallestShare) {}
