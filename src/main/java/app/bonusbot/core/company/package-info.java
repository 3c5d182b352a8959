/**
 * A company as the engine sees it: settings, directory, plans and targets in one value, and display names of
 * configured values per language. Pure.
 */
package app.bonusbot.core.company;
