package app.bonusbot.crm.hubspot;

import app.bonusbot.core.deal.Conversion;
import app.bonusbot.core.deal.CurrencyConverter;
import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.people.OwnerIndex;
import app.bonusbot.core.people.Person;
import app.bonusbot.imports.CrmDealValues;
import app.bonusbot.imports.HubSpotSyncSettings;
import app.bonusbot.store.LedgerDeal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * One HubSpot deal as the ledger holds it, by the same rules as an import of HubSpot's export: owners matched to people
 * by id, e-mail or full name ({@link OwnerIndex}), deal types and pipelines through the mapping, stages through the
 * {@link StageBook}, the amount in the company currency ({@link CurrencyConverter}, as for an import). Pure: no HTTP, no database.
 */
final class DealTranslator {

    /** What a HubSpot deal means for the ledger. */
    sealed interface Translation {
        /**
         * Written to the ledger.
         *
         * @param heldBack why the deal counts for nothing although it is stored (an amount in a currency without a
         *     rate: it counts once settings.yaml has one); null when it counts
         */
        record Ready(LedgerDeal deal, String heldBack) implements Translation {}

        /** Not written (the ledger keeps what it had): the reason is counted in the sync's report. */
        record HeldBack(String reason) implements Translation {}

        /** In a pipeline settings.yaml does not sync: it counts for nobody. */
        record NotSynced(String pipeline) implements Translation {}
    }

    private final Map<String, HubSpotOwner> owners;
    private final OwnerIndex people;
    private final StageBook stages;
    private final CrmDealValues values;
    private final HubSpotSyncSettings settings;
    private final ZoneId zone;
    private final CurrencyConverter currency;

    DealTranslator(Map<String, HubSpotOwner> owners, OwnerIndex people, StageBook stages, CrmDealValues values, HubSpotSyncSettings settings,
            ZoneId zone, CurrencyConverter currency) {
        this.owners = Map.copyOf(owners);
        this.people = people;
        this.stages = stages;
        this.values = values;
        this.settings = settings;
        this.zone = zone;
        this.currency = currency;
    }

    /** @param product the deal's product from its line items; null when it has none or none was read */
    Translation translate(HubSpotDeal d, String product) {
        String pipelineId = d.property("pipeline");
        String pipelineLabel = pipelineId == null ? null : stages.pipelineLabel(pipelineId);
        if (pipelineId != null && !settings.counts(pipelineId, pipelineLabel)) {
            return new Translation.NotSynced(pipelineLabel);
        }
        String stageId = d.property("dealstage");
        if (stageId == null) {
            return new Translation.HeldBack("no deal stage");
        }
        Optional<Outcome> outcome = stages.outcome(pipelineId, stageId);
        String stage = stages.stageLabel(pipelineId, stageId);
        if (outcome.isEmpty()) {
            return new Translation.HeldBack("stage '" + stage + "' (" + stageId + ") of pipeline '" + pipelineLabel
                    + "' is not mapped: add it to won_stages, lost_stages or open_stages of import.hubspot in settings.yaml");
        }
        BigDecimal amount;
        try {
            amount = d.property("amount") == null ? null : new BigDecimal(d.property("amount")).setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            return new Translation.HeldBack("amount is not a number");
        }
        if (amount == null && outcome.get() == Outcome.WON) {
            return new Translation.HeldBack("won without an amount");
        }
        if (amount != null && amount.signum() < 0) {
            return new Translation.HeldBack("negative amount");
        }
        LocalDate closeDate;
        try {
            closeDate = closeDate(d.property("closedate"));
        } catch (DateTimeException e) {
            return new Translation.HeldBack("close date is not a date");
        }
        if (closeDate == null && outcome.get() != Outcome.OPEN) {
            return new Translation.HeldBack("closed without a close date");
        }
        String currencyCode = d.property("deal_currency_code");
        Conversion conversion;
        try {
            conversion = amount == null ? new Conversion.Converted(BigDecimal.ZERO.setScale(2), null) : currency.convert(amount, currencyCode, closeDate);
        } catch (IllegalArgumentException e) {
            return new Translation.HeldBack("deal_currency_code '" + currencyCode.strip() + "' is not an ISO 4217 currency code");
        }
        Owner owner = owner(d.property("hubspot_owner_id"));
        String dealType = d.property("dealtype") == null ? null : values.dealType(d.property("dealtype"));
        String pipeline = pipelineId == null ? null : values.pipeline(pipelineId, pipelineLabel);
        Deal deal = conversion.applyTo(new Deal(d.id(), d.property("dealname"), BigDecimal.ZERO.setScale(2), closeDate, stage, outcome.get(),
                owner.personId(), dealType, product, pipeline));
        String heldBack = conversion instanceof Conversion.HeldBack held ? held.reason() : null;
        return new Translation.Ready(new LedgerDeal(deal, owner.reference()), heldBack);
    }

    private record Owner(String reference, String personId) {}

    /** The first of the owner's id, e-mail and full name that names a person; unmatched, its e-mail (else name, else id). */
    private Owner owner(String ownerId) {
        if (ownerId == null) {
            return new Owner(null, null);
        }
        HubSpotOwner owner = owners.get(ownerId);
        if (owner == null) {
            return new Owner(ownerId, people.find(ownerId).map(Person::id).orElse(null));
        }
        for (String reference : owner.references()) {
            Optional<Person> person = people.find(reference);
            if (person.isPresent()) {
                return new Owner(reference, person.get().id());
            }
        }
        String reference = owner.email() != null ? owner.email() : owner.fullName() != null ? owner.fullName() : owner.id();
        return new Owner(reference, null);
    }

    /** HubSpot's closedate is an instant (midnight UTC for a date picked in the UI); its date in the company's zone. */
    private LocalDate closeDate(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() == 10) {
            return LocalDate.parse(value);
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochMilli(Long.parseLong(value)).atZone(zone).toLocalDate();
        }
        return Instant.parse(value).atZone(zone).toLocalDate();
    }
}
