package app.bonusbot.core.command;

import java.time.Instant;
import java.util.Optional;

/**
 * How fresh the deals are when a CRM is synced: the port {@code /bonus status} asks before it answers. Empty when
 * no CRM sync has ever succeeded (deals come from CSV imports only), and then the answer says nothing about it.
 */
@FunctionalInterface
public interface CrmFreshness {

    /** Deals imported by hand only: no line about the CRM. */
    CrmFreshness NONE = Optional::empty;

    Optional<Freshness> freshness();

    /**
     * @param asOf when the last successful sync pass ended: the CRM's changes up to then are in the answer
     * @param failingSince when the passes started failing, if the last one failed
     */
    record Freshness(Instant asOf, Optional<Instant> failingSince) {
        public Freshness {
            failingSince = failingSince == null ? Optional.empty() : failingSince;
        }
    }
}
