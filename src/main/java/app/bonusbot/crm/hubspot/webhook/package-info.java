/**
 * HubSpot's webhooks in HTTP mode: {@code POST /hubspot/webhooks} on the bot's own HTTP listener, its
 * {@code X-HubSpot-Signature-v3} checked ({@link app.bonusbot.crm.hubspot.webhook.HubSpotSignature}) before anything is
 * read, and a deal change turned into an immediate incremental sync pass ({@link
 * app.bonusbot.crm.hubspot.webhook.HubSpotWebhooks}). Knows no chat platform, store or sync: the listener hands it the
 * raw request, the composition root the way to ask for a pass. Polling stays the default and the safety net.
 */
package app.bonusbot.crm.hubspot.webhook;
