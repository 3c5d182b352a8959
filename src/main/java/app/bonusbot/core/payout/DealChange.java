package app.bonusbot.core.payout;

import java.util.Objects;

/**
 * What happened to a deal of a closed period after the close, in stable tokens the statement words in the reader's
 * language: outcomes as {@code won}/{@code lost}/{@code open}, amounts as plain decimals, owners as person ids.
 *
 * @param dealName the deal's name as the CRM had it; the id when it had none
 * @param sourcePeriodKey the closed period whose pay the change corrects, as Period.key()
 * @param from null for {@link What#DELETED}
 * @param to null for {@link What#DELETED}
 */
public record DealChange(String dealId, String dealName, String sourcePeriodKey, What what, String from, String to) {

    public DealChange {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(sourcePeriodKey, "sourcePeriodKey");
        Objects.requireNonNull(what, "what");
        dealName = dealName == null || dealName.isBlank() ? dealId : dealName;
    }

    public enum What {
        /** Won, lost or open: from/to are {@code won}, {@code lost}, {@code open}. */
        OUTCOME,
        /** from/to are amounts in the company currency, plain decimals. */
        AMOUNT,
        /** from/to are person ids. */
        OWNER,
        /** from/to are ISO dates, or empty for none. */
        CLOSE_DATE,
        /** The deal was deleted (or merged away) in the CRM. */
        DELETED,
        /** Something else that changes pay (deal type, pipeline, product): from/to are as the CRM had them. */
        OTHER
    }
}
