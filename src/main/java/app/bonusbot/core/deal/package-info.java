/**
 * Deals from the CRM: amount, close date, outcome, owner and the dimensions plans filter on, and the conversion of an
 * amount in another currency into the company's at the rate of its close date (or holding it back without one). Pure.
 */
package app.bonusbot.core.deal;
