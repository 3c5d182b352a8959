/**
 * Deals from the CRM: amount, close date, outcome, owner and the dimensions plans filter on. Pure.
 */
package app.bonusbot.core.deal;
