package app.bonusbot.crm.hubspot;

import app.bonusbot.core.deal.CurrencyConverter;
import app.bonusbot.imports.DealMapping;
import app.bonusbot.imports.HubSpotSyncSettings;
import java.time.ZoneId;

/**
 * What the sync takes from the configuration.
 *
 * @param mapping the CSV export's mapping ({@code import.hubspot}): stages, deal types, pipelines
 * @param readProducts whether any plan filters on product, so that deals' line items are read (two requests a page)
 */
public record SyncSetup(DealMapping mapping, HubSpotSyncSettings settings, ZoneId zone, CurrencyConverter currency, boolean readProducts) {}
