package app.bonusbot.core.engine;

import java.time.LocalDate;

/**
 * An owner's closed deals of a stretch of days (one day, or a calendar month) that share their outcome and the values
 * a {@link app.bonusbot.core.deal.DealFilter} looks at, added up.
 *
 * @param first the stretch's first day; {@code last} its last, inclusive
 * @param dealType the deal type as filters compare it (trimmed, lower case), null when the deals have none; so too
 *     {@code product} and {@code pipeline}
 * @param wonCents the won amount in cents, 0 for lost deals
 */
public record DealSum(String ownerId, LocalDate first, LocalDate last, String dealType, String product, String pipeline, boolean won,
        long wonCents, long deals) {}
