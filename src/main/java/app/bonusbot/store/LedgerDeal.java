package app.bonusbot.store;

import app.bonusbot.core.deal.Deal;
import java.util.Objects;

/**
 * A deal as the ledger stores it: the core deal plus the CRM's own owner reference, kept so that a deal whose
 * owner matched nobody can be linked once that person is known.
 *
 * @param ownerReference the owner as the CRM wrote it (name, e-mail or id); null when the CRM had none
 */
public record LedgerDeal(Deal deal, String ownerReference) {
    public LedgerDeal {
        Objects.requireNonNull(deal, "deal");
    }
}
