/**
 * Periods (month, and quarter and year of the company's fiscal year), date ranges and the period words people type
 * in English and Danish. Pure.
 */
package app.bonusbot.core.time;
