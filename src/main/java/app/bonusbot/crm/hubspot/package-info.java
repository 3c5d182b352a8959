/**
 * The live sync from HubSpot's CRM API: a full read of every deal, then incremental passes through the search API
 * on {@code hs_lastmodifieddate}, with owners, pipeline stages, line items, deletions and merges. A writer like a CSV
 * import: each page of deals goes into the ledger in one transaction with the cursor that follows it. The HTTP client
 * ({@link app.bonusbot.crm.hubspot.HubSpotClient}) keeps to HubSpot's rate limits; the decisions about a page
 * ({@link app.bonusbot.crm.hubspot.DealTranslator}, {@link app.bonusbot.crm.hubspot.PageDecision}) are pure and tested
 * without HTTP. Depends on the store, the imports' mapping and the core.
 */
package app.bonusbot.crm.hubspot;
