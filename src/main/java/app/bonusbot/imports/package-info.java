/**
 * CSV imports of deals (HubSpot's export through the configured mapping, or the plain format), people and targets:
 * every bad row listed with file, line, column and reason, all rows or none. Depends on the store and the core.
 */
package app.bonusbot.imports;
