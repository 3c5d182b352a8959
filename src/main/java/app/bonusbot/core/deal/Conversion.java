package app.bonusbot.core.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What a deal's amount is in the company currency: converted (or already in it), or held back with the reason. */
public sealed interface Conversion {

    /** The amount a deal counts with: the converted one, or zero while held back. */
    BigDecimal amount();

    /** The amount as given and the rate used, for a deal in another currency; null in the company currency. */
    ForeignAmount original();

    /** The deal as it is stored and counted: its amount replaced by this conversion's, its original kept. */
    default Deal applyTo(Deal deal) {
        return new Deal(deal.id(), deal.name(), amount(), deal.closeDate(), deal.stage(), deal.outcome(), deal.ownerId(), deal.dealType(),
                deal.product(), deal.pipeline(), original());
    }

    /**
     * @param amount in the company currency, to the cent
     * @param original the amount as given, in its currency, and the rate used; null when it was in the company currency
     */
    record Converted(BigDecimal amount, ForeignAmount original) implements Conversion {
        public Converted {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * Not counted until settings.yaml has a rate for the currency on the close date.
     *
     * @param original the amount as given, in its currency, without a rate
     * @param closeDate the date whose rate is missing; null when the deal has no close date to pick a rate by
     */
    record HeldBack(ForeignAmount original, LocalDate closeDate) implements Conversion {

        private static final BigDecimal NOTHING = BigDecimal.ZERO.setScale(2);

        public HeldBack {
            Objects.requireNonNull(original, "original");
        }

        @Override
        public BigDecimal amount() {
            return NOTHING;
        }

        /** For people who fix settings.yaml: "no exchange rate for EUR on 2026-03-02 in settings.yaml". */
        public String reason() {
            return new HeldBackCount(original.currency(), 1, closeDate, closeDate).reason();
        }
    }
}
